DRINKS = {
    "jabroni": "Patron Tequila",
    "school counselor": "Anything with Alcohol",
    "programmer": "Hipster Craft Beer",
    "bike gang member": "Moonshine",
    "politician": "Your tax dollars",
    "rapper": "Cristal",
}


def get_drink_by_profession(param):
    key = param.lower()
    return DRINKS[key] if key in DRINKS else "Beer"
