def greet(name):
    if not name:
        return None
    return f"hello {name}!"
