def filter_even_length_words(words):
    return [word for word in words if len(word) % 2 == 0]
