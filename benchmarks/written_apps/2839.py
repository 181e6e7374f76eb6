def count_adjacent_pairs(st):
    words = st.casefold().split()
    count = 0
    for i in range(1, len(words)):
        if words[i] == words[i - 1] and (i == 1 or words[i - 2] != words[i]):
            count += 1
    return count
