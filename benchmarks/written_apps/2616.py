x_text, k_text = input().split()
x = int(x_text)
print(eval(input()) == int(k_text))
