def puzzle_tiles(width, height):
    lines = ["  " + " _( )__" * width]
    for row in range(height):
        if row % 2 == 0:
            lines += [" _|" + "     _|" * width, "(_" + "   _ (_" * width]
        else:
            lines += [" |_" + "     |_" * width, "  _)" + " _   _)" * width]
        lines += [" |" + "__( )_|" * width]
    return "\n".join(lines)
