def generate_hashtag(s):
    tag = "#" + "".join(c for c in s.title() if c != " ")
    if len(tag) == 1 or len(tag) > 140:
        return False
    return tag
