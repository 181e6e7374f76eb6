import string


def change(st):
    return "".join(
        "1" if lo in st or up in st else "0"
        for lo, up in zip(string.ascii_lowercase, string.ascii_uppercase)
    )
