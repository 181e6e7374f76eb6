def owl_pic(text):
    plumage = "".join(ch for ch in text.upper() if ch in "8WTYUIOAHXVM")
    return plumage + "''0v0''" + plumage[::-1]
