def greet(name):
    if name == "Johnny":
        return "Hello, my love!"
    return f"Hello, {name}!"
