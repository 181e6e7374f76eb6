def hanoiArray(n):
    pegs = [list(range(n, 0, -1)), [], []]
    states = [str(pegs)]

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        pegs[dst] += [pegs[src].pop()]
        states.append(str(pegs))
        move(k - 1, via, dst, src)

    move(n, 0, 2, 1)
    return "\n".join(states)
