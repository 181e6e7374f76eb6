def numeric_formatter(template, data="1234567890"):
    result = ""
    position = 0
    for c in template:
        if c.isalpha():
            result += data[position % len(data)]
            position += 1
        else:
            result += c
    return result
