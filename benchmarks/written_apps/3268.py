def words_to_object(s):
    words = s.split()
    objects = [f"{{name : '{words[i]}', id : '{words[i + 1]}'}}" for i in range(0, len(words) - 1, 2)]
    return "[" + ", ".join(objects) + "]"
