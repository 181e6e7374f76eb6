def words_to_sentence(words):
    return " ".join(words)
