def vowel_2_index(string):
    return "".join(
        str(i + 1) if string[i] in "aeiouAEIOU" else string[i] for i in range(len(string))
    )
