def count_substring(string, sub_string):
    size = len(sub_string)
    return sum(1 for i in range(len(string) - size + 1) if string[i:i + size] == sub_string)


if __name__ == '__main__':
    string = input()
    sub_string = input()
    print(count_substring(string, sub_string))
