import hashlib
from itertools import product


def crack(hash):
    for digits in product("0123456789", repeat=5):
        pin = "".join(digits)
        if hashlib.md5(pin.encode()).hexdigest() == hash:
            return pin
