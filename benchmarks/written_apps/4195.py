def merge(line):
    tiles = [x for x in line if x]
    result = []
    i = 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            result += [tiles[i] * 2]
            i += 2
        else:
            result += [tiles[i]]
            i += 1
    return result + [0] * (len(line) - len(result))
