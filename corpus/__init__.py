"""What the bot knows, as data (handbooks, curated entries, dictionary, synonyms), and how it is searched."""
