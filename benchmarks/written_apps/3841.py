from itertools import permutations


def get_words(hash_of_letters):
    letters = ""
    for count in hash_of_letters:
        for letter in hash_of_letters[count]:
            letters += letter * int(count)
    return sorted({"".join(p) for p in permutations(letters)})
