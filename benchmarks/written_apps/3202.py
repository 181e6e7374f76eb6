def greet(name, owner):
    return "Hello boss" if name == owner else "Hello guest"
