WIDTH = 9
MAX_HEIGHT = 30


def tetris(arr):
    heights = [0] * WIDTH
    cleared = 0
    for command in arr:
        size = int(command[0])
        offset = int(command[2])
        column = WIDTH // 2 - offset if command[1] == "L" else WIDTH // 2 + offset
        heights[column] += size
        if heights[column] > MAX_HEIGHT:
            break
        # every block is a vertical bar, so the full lines are the ones all columns reach
        full_lines = min(heights)
        cleared += full_lines
        heights = [h - full_lines for h in heights]
    return cleared
