def align_right(text, width):
    lines = []
    current = ""
    for word in text.rsplit():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = current + " " + word
        else:
            lines += [current]
            current = word
    if current:
        lines += [current]
    return "\n".join(line.rjust(width) for line in lines)
