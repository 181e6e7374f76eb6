def repeater(string, n):
    return f'"{string}" repeated {n} times is: "{string * n}"'
