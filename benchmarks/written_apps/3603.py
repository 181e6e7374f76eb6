def lovefunc(flower1, flower2):
    return (flower1 + flower2) % 2 == 1
