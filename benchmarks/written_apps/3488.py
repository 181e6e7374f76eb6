def eval_object(v):
    a, b = v["a"], v["b"]
    operations = {
        "+": lambda: a + b,
        "-": lambda: a - b,
        "/": lambda: a / b,
        "*": lambda: a * b,
        "%": lambda: a % b,
        "**": lambda: a ** b,
    }
    return operations[v["operation"]]()
