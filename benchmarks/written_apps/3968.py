def tail_swap(strings):
    first_head, first_tail = strings[0].split(":")
    second_head, second_tail = strings[1].split(":")
    return [first_head + ":" + second_tail, second_head + ":" + first_tail]
