from datetime import datetime

FORMAT = "%a %d %b %Y %H:%M:%S %z"


def time_delta(t1, t2):
    delta = int((datetime.strptime(t1, FORMAT) - datetime.strptime(t2, FORMAT)).total_seconds())
    return str(delta if delta >= 0 else -delta)


t = int(input())
for _ in range(t):
    first = input()
    second = input()
    print(time_delta(first, second))
