"""What the user wants: intent detection, slot extraction, dialogue forms. No I/O."""
