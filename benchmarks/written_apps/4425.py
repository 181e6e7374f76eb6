def mango(quantity, price):
    return (quantity - quantity // 3) * price
