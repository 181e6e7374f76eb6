def sum_prod(strexpression):
    total = 0.0
    for term in strexpression.split("+"):
        product = 1.0
        for factor in term.split("*"):
            product *= float(factor)
        total += product
    return f"{total:.5e}"
