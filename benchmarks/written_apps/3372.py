def string_merge(string1, string2, letter):
    return string1[:string1.find(letter)] + string2[string2.find(letter):]
