def gc_content(seq):
    if not seq:
        return 0.0
    gc = sum(1 for base in seq if base in "GC")
    return round(gc * 100 / len(seq), ndigits=2)
