def pagination_text(page_number, page_size, total_products):
    first = (page_number - 1) * page_size + 1
    last = page_number * page_size
    if last > total_products:
        last = total_products
    return f"Showing {first} to {last} of {total_products} Products."
