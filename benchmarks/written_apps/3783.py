def frame(text, char):
    width = max(len(line) for line in text)
    border = char * (width + 4)
    rows = [border]
    for line in text:
        rows += [char + " " + line + " " * (width - len(line)) + " " + char]
    rows += [border]
    return "\n".join(rows)
