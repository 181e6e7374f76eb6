def michael_pays(costs):
    if costs < 5:
        return round(costs, 2)
    kate = costs / 3
    if kate > 10:
        kate = 10
    return round(costs - kate, 2)
