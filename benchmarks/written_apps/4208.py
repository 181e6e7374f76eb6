import ipaddress


def ipsubnet2list(subnet):
    try:
        network = ipaddress.ip_network(subnet)
    except ValueError:
        return None
    return [str(host) for host in network.hosts()]
