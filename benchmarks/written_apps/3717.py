from collections import namedtuple

Square = namedtuple('Square', ['file', 'rank'])

FILES = {'abcdefgh'[i]: i for i in range(8)}


def covered_pawns(pawns):
    squares = {Square(FILES[p[0]], int(p[1])) for p in pawns}
    covered = 0
    for sq in squares:
        if Square(sq.file - 1, sq.rank - 1) in squares or Square(sq.file + 1, sq.rank - 1) in squares:
            covered += 1
    return covered
