def communication_module(packet):
    header, instruction = packet[:4], packet[4:8]
    a, b = int(packet[8:12]), int(packet[12:16])
    footer = packet[16:20]
    if instruction == "0F12":
        result = a + b
    elif instruction == "B7A2":
        result = a - b
    else:
        result = a * b
    if result < 0:
        result = 0
    elif result > 9999:
        result = 9999
    return header + "FFFF" + str(result).zfill(4) + "0000" + footer
