def _key(pic):
    year, img = pic.split(".img")
    return (int(year), int(img))


def sort_photos(pics):
    recent = sorted(pics, key=_key)[-5:]
    year, num = _key(recent[-1])
    return recent + [f"{year}.img{num + 1}"]
