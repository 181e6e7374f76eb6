def print_formatted(number):
    width = len(format(number, "b"))
    for i in range(1, number + 1):
        values = [str(i), format(i, "o"), format(i, "X"), format(i, "b")]
        print(" ".join(v.rjust(width) for v in values))


if __name__ == "__main__":
    n = int(input())
    print_formatted(n)
