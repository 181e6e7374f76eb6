def covfefe(s):
    if "coverage" in s:
        return s.replace("coverage", "covfefe")
    return s + " covfefe"
