def case_sensitive(s):
    not_lower = [c for c in s if c.isupper()]
    return [not not_lower, not_lower]
