ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def print_rangoli(size):
    width = 4 * size - 3
    levels = list(range(size - 1, 0, -1)) + list(range(size))
    for k in levels:
        letters = ALPHABET[k:size]
        row = "-".join(letters[::-1] + letters[1:])
        print(row.center(width, "-"))


if __name__ == '__main__':
    n = int(input())
    print_rangoli(n)
