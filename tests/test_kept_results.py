"""Results kept for speed (within a message, several layers read the same text) are the results
computed afresh, and keeping them holds no memory of earlier messages beyond a few dozen texts."""
from corpus import normalize as N


def test_a_kept_normalisation_is_the_fresh_one():
    texts = ["巴中居民医保什么时候交費", "住院花了两万三，能報多少？？", "三级医院　起付线", "二〇二四年的门诊统筹",
             "", "医保" * 150]
    for text in texts * 2:        # the second time from the kept results (the short ones)
        assert N.normalize(text) == N._normalize(text)
    assert N._normalize_kept.cache_info().maxsize <= 100
