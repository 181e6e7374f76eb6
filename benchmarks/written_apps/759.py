import statistics

LIMIT = 100001
largest = list(range(LIMIT))
for p in range(2, LIMIT):
    if largest[p] == p:
        for q in range(2 * p, LIMIT, p):
            largest[q] = p

data = []
while True:
    try:
        line = input()
    except EOFError:
        break
    data += line.rsplit()

pos = 0
t = int(data[pos])
pos += 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    factors = [largest[int(x)] for x in data[pos:pos + n]]
    pos += n
    # on ties mode returns the first value seen, so list larger factors first
    print(statistics.mode(sorted(factors)[::-1]))
