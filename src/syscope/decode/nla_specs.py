"""The netlink attribute tables of the NETLINK_ROUTE and SOCK_DIAG payloads, as data:
which attribute types an array holds (an xlat table) and how each one's data prints
(a kind of nla_kinds).  The constants come from the machine's headers (tools/xlat_spec.py);
the irregular attributes are the functions of SPECIAL at the end."""
from __future__ import annotations

import struct

from .fmt import hexaddr, named
from .inet import AF_INET, AF_INET6, family_name, inet_field, inet_ntop, inet_value
from functools import lru_cache

from ..abi import xlat_value
from .nla_kinds import (fetch, fixed, print_array, simple_decoder, struct_text,
                        unsigned_le, xval_text)
from .nlattr import hexstr, nlattrs
from .table_entries import same_kind


_many = same_kind      # {name: kind} of names that share a kind


# nest name -> (type table, unknown comment, {attribute: kind}); the name of a message's
# own table is its xlat table's
NESTS = {
    "rtnl_link_attrs": ("rtnl_link_attrs", "IFLA_???", {
        **_many("u32", "IFLA_MTU IFLA_LINK IFLA_MASTER IFLA_TXQLEN IFLA_WEIGHT IFLA_NET_NS_PID "
                "IFLA_NUM_VF IFLA_GROUP IFLA_PROMISCUITY IFLA_NUM_TX_QUEUES IFLA_NUM_RX_QUEUES "
                "IFLA_CARRIER_CHANGES IFLA_GSO_MAX_SEGS IFLA_GSO_MAX_SIZE IFLA_CARRIER_UP_COUNT "
                "IFLA_CARRIER_DOWN_COUNT IFLA_MIN_MTU IFLA_MAX_MTU IFLA_GRO_MAX_SIZE "
                "IFLA_TSO_MAX_SIZE IFLA_TSO_MAX_SEGS IFLA_ALLMULTI"),
        **_many("str", "IFLA_IFNAME IFLA_QDISC IFLA_IFALIAS IFLA_PHYS_PORT_NAME IFLA_ALT_IFNAME "
                "IFLA_PARENT_DEV_NAME IFLA_PARENT_DEV_BUS_NAME"),
        **_many("u8", "IFLA_OPERSTATE IFLA_LINKMODE IFLA_CARRIER IFLA_PROTO_DOWN"),
        **_many("s32", "IFLA_LINK_NETNSID IFLA_NEW_NETNSID IFLA_IF_NETNSID"),
        **_many("hwaddr", "IFLA_ADDRESS IFLA_BROADCAST IFLA_PERM_ADDRESS"),
        "IFLA_NEW_IFINDEX": "ifindex", "IFLA_NET_NS_FD": "fd",
        "IFLA_EXT_MASK": "flags:rtnl_ifla_ext_filter_flags:RTEXT_FILTER_???:4",
        "IFLA_STATS": "fn:link_stats", "IFLA_STATS64": "fn:link_stats64",
        "IFLA_MAP": "struct:rtnl_link_ifmap", "IFLA_LINKINFO": "fn:linkinfo",
        "IFLA_PROTINFO": "fn:protinfo", "IFLA_VFINFO_LIST": "nest:vfinfo_list",
        "IFLA_VF_PORTS": "nest:vf_ports", "IFLA_PORT_SELF": "nest:port",
        "IFLA_AF_SPEC": "fn:af_spec", "IFLA_XDP": "nest:xdp",
        "IFLA_EVENT": "xval:rtnl_ifla_events:IFLA_EVENT_???:4",
        "IFLA_PROP_LIST": "nest:prop_list", "IFLA_PROTO_DOWN_REASON": "nest:proto_down_reason"}),
    "prop_list": ("rtnl_link_attrs", "IFLA_???", {"IFLA_ALT_IFNAME": "str"}),
    "proto_down_reason": ("rtnl_ifla_proto_down_reason_attrs", "IFLA_PROTO_DOWN_REASON_???", {
        "IFLA_PROTO_DOWN_REASON_MASK": "x32", "IFLA_PROTO_DOWN_REASON_VALUE": "x32"}),
    "linkinfo": ("rtnl_ifla_info_attrs", "IFLA_INFO_???", {
        "IFLA_INFO_KIND": "fn:linkinfo_kind", "IFLA_INFO_DATA": "fn:linkinfo_data",
        "IFLA_INFO_XSTATS": "fn:linkinfo_xstats", "IFLA_INFO_SLAVE_KIND": "fn:linkinfo_slave_kind",
        "IFLA_INFO_SLAVE_DATA": "fn:linkinfo_slave_data"}),
    "info_data_bridge": ("rtnl_ifla_info_data_bridge_attrs", "IFLA_BR_???", {
        **_many("clock_t", "IFLA_BR_FORWARD_DELAY IFLA_BR_HELLO_TIME IFLA_BR_MAX_AGE "
                "IFLA_BR_AGEING_TIME IFLA_BR_HELLO_TIMER IFLA_BR_TCN_TIMER "
                "IFLA_BR_TOPOLOGY_CHANGE_TIMER IFLA_BR_GC_TIMER IFLA_BR_MCAST_LAST_MEMBER_INTVL "
                "IFLA_BR_MCAST_MEMBERSHIP_INTVL IFLA_BR_MCAST_QUERIER_INTVL "
                "IFLA_BR_MCAST_QUERY_INTVL IFLA_BR_MCAST_QUERY_RESPONSE_INTVL "
                "IFLA_BR_MCAST_STARTUP_QUERY_INTVL"),
        **_many("u32", "IFLA_BR_STP_STATE IFLA_BR_ROOT_PATH_COST IFLA_BR_MCAST_HASH_ELASTICITY "
                "IFLA_BR_MCAST_HASH_MAX IFLA_BR_MCAST_LAST_MEMBER_CNT "
                "IFLA_BR_MCAST_STARTUP_QUERY_CNT"),
        **_many("u16", "IFLA_BR_PRIORITY IFLA_BR_ROOT_PORT IFLA_BR_VLAN_DEFAULT_PVID"),
        **_many("u8", "IFLA_BR_VLAN_FILTERING IFLA_BR_TOPOLOGY_CHANGE "
                "IFLA_BR_TOPOLOGY_CHANGE_DETECTED IFLA_BR_MCAST_ROUTER IFLA_BR_MCAST_SNOOPING "
                "IFLA_BR_MCAST_QUERY_USE_IFADDR IFLA_BR_MCAST_QUERIER IFLA_BR_NF_CALL_IPTABLES "
                "IFLA_BR_NF_CALL_IP6TABLES IFLA_BR_NF_CALL_ARPTABLES IFLA_BR_VLAN_STATS_ENABLED "
                "IFLA_BR_MCAST_STATS_ENABLED IFLA_BR_MCAST_IGMP_VERSION "
                "IFLA_BR_MCAST_MLD_VERSION IFLA_BR_VLAN_STATS_PER_PORT"),
        **_many("struct:ifla_bridge_id", "IFLA_BR_ROOT_ID IFLA_BR_BRIDGE_ID"),
        "IFLA_BR_VLAN_PROTOCOL": "ether_proto", "IFLA_BR_GROUP_FWD_MASK": "x16",
        "IFLA_BR_GROUP_ADDR": "hwaddr", "IFLA_BR_MULTI_BOOLOPT": "struct:br_boolopt_multi",
        "IFLA_BR_MCAST_QUERIER_STATE": "nest:br_mcast_querier"}),
    "br_mcast_querier": ("rtnl_ifla_br_mcast_querier_attrs", "BRIDGE_QUERIER_???", {
        "BRIDGE_QUERIER_IP_ADDRESS": "in_addr", "BRIDGE_QUERIER_IP_PORT": "ifindex",
        "BRIDGE_QUERIER_IP_OTHER_TIMER": "clock_t", "BRIDGE_QUERIER_IPV6_ADDRESS": "in6_addr",
        "BRIDGE_QUERIER_IPV6_PORT": "ifindex", "BRIDGE_QUERIER_IPV6_OTHER_TIMER": "clock_t"}),
    "info_data_tun": ("rtnl_ifla_info_data_tun_attrs", "IFLA_TUN_???", {
        "IFLA_TUN_OWNER": "uid", "IFLA_TUN_GROUP": "gid",
        "IFLA_TUN_TYPE": "xval:tun_device_types:IFF_???:1",
        **_many("u8", "IFLA_TUN_PI IFLA_TUN_VNET_HDR IFLA_TUN_PERSIST IFLA_TUN_MULTI_QUEUE"),
        **_many("u32", "IFLA_TUN_NUM_QUEUES IFLA_TUN_NUM_DISABLED_QUEUES")}),
    "brport": ("rtnl_ifla_brport_attrs", "IFLA_BRPORT_???", {
        **_many("u8", "IFLA_BRPORT_STATE IFLA_BRPORT_MODE IFLA_BRPORT_GUARD IFLA_BRPORT_PROTECT "
                "IFLA_BRPORT_FAST_LEAVE IFLA_BRPORT_LEARNING IFLA_BRPORT_UNICAST_FLOOD "
                "IFLA_BRPORT_PROXYARP IFLA_BRPORT_LEARNING_SYNC IFLA_BRPORT_PROXYARP_WIFI "
                "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK IFLA_BRPORT_CONFIG_PENDING "
                "IFLA_BRPORT_MULTICAST_ROUTER IFLA_BRPORT_MCAST_FLOOD IFLA_BRPORT_MCAST_TO_UCAST "
                "IFLA_BRPORT_VLAN_TUNNEL IFLA_BRPORT_BCAST_FLOOD IFLA_BRPORT_NEIGH_SUPPRESS "
                "IFLA_BRPORT_ISOLATED IFLA_BRPORT_MRP_RING_OPEN IFLA_BRPORT_MRP_IN_OPEN "
                "IFLA_BRPORT_LOCKED"),
        **_many("u16", "IFLA_BRPORT_PRIORITY IFLA_BRPORT_DESIGNATED_PORT "
                "IFLA_BRPORT_DESIGNATED_COST IFLA_BRPORT_ID IFLA_BRPORT_NO"),
        **_many("u32", "IFLA_BRPORT_COST IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT "
                "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT"),
        **_many("clock_t", "IFLA_BRPORT_MESSAGE_AGE_TIMER IFLA_BRPORT_FORWARD_DELAY_TIMER "
                "IFLA_BRPORT_HOLD_TIMER"),
        **_many("struct:ifla_bridge_id", "IFLA_BRPORT_ROOT_ID IFLA_BRPORT_BRIDGE_ID"),
        "IFLA_BRPORT_GROUP_FWD_MASK": "x16", "IFLA_BRPORT_BACKUP_PORT": "ifindex"}),
    "inet6": ("rtnl_ifla_af_spec_inet6_attrs", "IFLA_INET6_???", {
        "IFLA_INET6_FLAGS": "flags:inet6_if_flags:IF_???:4",
        "IFLA_INET6_CONF": "indexed:s32:inet6_devconf_indices:DEVCONF_???",
        "IFLA_INET6_STATS": "indexed:u64:snmp_ip_stats:IPSTATS_MIB_???",
        "IFLA_INET6_CACHEINFO": "struct:ifla_cacheinfo",
        "IFLA_INET6_ICMP6STATS": "indexed:u64:snmp_icmp6_stats:ICMP6_MIB_???",
        "IFLA_INET6_TOKEN": "in6_addr",
        "IFLA_INET6_ADDR_GEN_MODE": "xval:in6_addr_gen_mode:IN6_ADDR_GEN_MODE_???:1",
        "IFLA_INET6_RA_MTU": "u32"}),
    "inet": ("rtnl_ifla_af_spec_inet_attrs", "IFLA_INET_???", {
        "IFLA_INET_CONF": "indexed:s32:inet_devconf_indices:IPV4_DEVCONF_???"}),
    "mctp": ("rtnl_ifla_af_spec_mctp_attrs", "IFLA_MCTP_???", {"IFLA_MCTP_NET": "u32"}),
    "af_spec_bridge": ("rtnl_ifla_af_spec_bridge_attrs", "IFLA_BRIDGE_???", {
        "IFLA_BRIDGE_FLAGS": "flags:rtnl_ifla_bridge_flags:BRIDGE_FLAGS_???:2",
        "IFLA_BRIDGE_MODE": "xval:rtnl_ifla_bridge_modes:BRIDGE_MODE_???:2",
        "IFLA_BRIDGE_VLAN_INFO": "fn:bridge_vlan_info",
        "IFLA_BRIDGE_VLAN_TUNNEL_INFO": "nest:bridge_vlan_tunnel_info"}),
    "bridge_vlan_tunnel_info": ("rtnl_ifla_af_spec_bridge_vlan_tunnel_info_attrs",
                                "IFLA_BRIDGE_VLAN_TUNNEL_???", {
        "IFLA_BRIDGE_VLAN_TUNNEL_ID": "u32", "IFLA_BRIDGE_VLAN_TUNNEL_VID": "u16",
        "IFLA_BRIDGE_VLAN_TUNNEL_FLAGS": "flags:nl_bridge_vlan_flags:BRIDGE_VLAN_INFO_???:2"}),
    "vfinfo_list": ("rtnl_ifla_vfinfo_list_attrs", "IFLA_VF_INFO_???",
                    {"IFLA_VF_INFO": "nest:vf_info"}),
    "vf_info": ("rtnl_ifla_vf_info_attrs", "IFLA_VF_???", {
        "IFLA_VF_MAC": "struct:ifla_vf_mac", "IFLA_VF_VLAN": "struct:ifla_vf_vlan",
        "IFLA_VF_TX_RATE": "struct:ifla_vf_tx_rate", "IFLA_VF_SPOOFCHK": "struct:ifla_vf_setting",
        "IFLA_VF_LINK_STATE": "struct:ifla_vf_link_state", "IFLA_VF_RATE": "struct:ifla_vf_rate",
        "IFLA_VF_RSS_QUERY_EN": "struct:ifla_vf_setting", "IFLA_VF_STATS": "nest:vf_stats",
        "IFLA_VF_TRUST": "struct:ifla_vf_setting", "IFLA_VF_IB_NODE_GUID": "fn:vf_guid",
        "IFLA_VF_IB_PORT_GUID": "fn:vf_guid", "IFLA_VF_VLAN_LIST": "nest:vf_vlan_list",
        "IFLA_VF_BROADCAST": "struct:ifla_vf_broadcast"}),
    "vf_stats": ("rtnl_ifla_vf_stats_attrs", "IFLA_VF_STATS_???", _many(
        "u64", "IFLA_VF_STATS_RX_PACKETS IFLA_VF_STATS_TX_PACKETS IFLA_VF_STATS_RX_BYTES "
        "IFLA_VF_STATS_TX_BYTES IFLA_VF_STATS_BROADCAST IFLA_VF_STATS_MULTICAST "
        "IFLA_VF_STATS_RX_DROPPED IFLA_VF_STATS_TX_DROPPED")),
    "vf_vlan_list": ("rtnl_ifla_vf_vlan_list_attrs", "IFLA_VF_VLAN_INFO_???",
                     {"IFLA_VF_VLAN_INFO": "struct:ifla_vf_vlan_info"}),
    "vf_ports": ("rtnl_ifla_vf_port_attrs", "IFLA_VF_PORT_???", {"IFLA_VF_PORT": "nest:port"}),
    "port": ("rtnl_ifla_port_attrs", "IFLA_VF_PORT_???", {
        "IFLA_PORT_VF": "u32", "IFLA_PORT_PROFILE": "str", "IFLA_PORT_VSI_TYPE": "fn:port_vsi",
        "IFLA_PORT_REQUEST": "u8", "IFLA_PORT_RESPONSE": "u16"}),
    "xdp": ("rtnl_ifla_xdp_attrs", "IFLA_XDP_???", {
        "IFLA_XDP_FD": "fd", "IFLA_XDP_EXPECTED_FD": "fd",
        "IFLA_XDP_ATTACHED": "xval:rtnl_ifla_xdp_attached_mode:XDP_ATTACHED_???:1",
        "IFLA_XDP_FLAGS": "flags:xdp_flags:XDP_FLAGS_???:4",
        **_many("u32", "IFLA_XDP_PROG_ID IFLA_XDP_DRV_PROG_ID IFLA_XDP_SKB_PROG_ID "
                "IFLA_XDP_HW_PROG_ID")}),
    # traffic control
    "rtnl_tc_attrs": ("rtnl_tc_attrs", "TCA_???", {
        "TCA_KIND": "str", "TCA_STATS": "struct:tc_stats", "TCA_RATE": "struct:tc_estimator",
        "TCA_STATS2": "nest:tca_stats", "TCA_STAB": "nest:tca_stab",
        **_many("u32", "TCA_FCNT TCA_CHAIN TCA_INGRESS_BLOCK TCA_EGRESS_BLOCK TCA_DUMP_FLAGS"),
        "TCA_HW_OFFLOAD": "u8"}),
    "tca_stats": ("rtnl_tca_stats_attrs", "TCA_STATS_???", {
        "TCA_STATS_BASIC": "struct:gnet_stats_basic", "TCA_STATS_BASIC_HW":
        "struct:gnet_stats_basic", "TCA_STATS_RATE_EST": "struct:gnet_stats_rate_est",
        "TCA_STATS_QUEUE": "struct:gnet_stats_queue",
        "TCA_STATS_RATE_EST64": "struct:gnet_stats_rate_est64", "TCA_STATS_PKT64": "u64"}),
    "tca_stab": ("rtnl_tca_stab_attrs", "TCA_STAB_???", {
        "TCA_STAB_BASE": "struct:tc_sizespec", "TCA_STAB_DATA": "array:u16"}),
    "rtnl_tc_action_attrs": ("rtnl_tc_action_attrs", "TCA_ACT_???", {
        "TCA_ACT_KIND": "str", "TCA_ACT_INDEX": "u32", "TCA_ACT_STATS": "nest:tca_stats",
        "TCA_ACT_FLAGS": "flags:rtnl_tca_act_flags:TCA_ACT_FLAGS_???:4",
        **_many("flags:rtnl_tca_act_hw_stats:TCA_ACT_HW_STATS_???:4",
                "TCA_ACT_HW_STATS TCA_ACT_USED_HW_STATS"),
        "TCA_ACT_IN_HW_COUNT": "u32"}),
    # multicast database
    "rtnl_mdb_attrs": ("rtnl_mdb_attrs", "MDBA_???", {
        "MDBA_MDB": "nest:mdba_mdb", "MDBA_ROUTER": "nest:mdba_router"}),
    "mdba_mdb": ("rtnl_mdba_mdb_attrs", "MDBA_MDB_???", {"MDBA_MDB_ENTRY": "nest:mdb_entry"}),
    "mdb_entry": ("rtnl_mdba_mdb_entry_attrs", "MDBA_MDB_ENTRY_???",
                  {"MDBA_MDB_ENTRY_INFO": "fn:mdb_entry_info"}),
    "mdb_eattr": ("rtnl_mdba_mdb_eattr_attrs", "MDBA_MDB_EATTR_???",
                  {"MDBA_MDB_EATTR_TIMER": "clock_t"}),
    "mdba_router": ("rtnl_mdba_router_attrs", "MDBA_ROUTER_???",
                    {"MDBA_ROUTER_PORT": "fn:mdba_router_port"}),
    "mdba_router_pattr": ("rtnl_mdba_router_pattr_attrs", "MDBA_ROUTER_PATTR_???", {
        **_many("clock_t", "MDBA_ROUTER_PATTR_TIMER MDBA_ROUTER_PATTR_INET_TIMER "
                "MDBA_ROUTER_PATTR_INET6_TIMER"),
        "MDBA_ROUTER_PATTR_TYPE": "xval:multicast_router_types:MDB_RTR_TYPE_???:1"}),
    # next hops
    "rtnl_nexthop_attrs": ("rtnl_nexthop_attrs", "NHA_???", {
        "NHA_ID": "u32", "NHA_GROUP": "fn:nh_grp",
        "NHA_GROUP_TYPE": "xval:rtnl_nexthop_grp_types:NEXTHOP_GRP_TYPE_???:2",
        "NHA_BLACKHOLE": "u32", "NHA_OIF": "ifindex", "NHA_GATEWAY": "fn:family_addr",
        "NHA_ENCAP_TYPE": "xval:lwtunnel_encap_types:LWTUNNEL_ENCAP_???:2",
        "NHA_GROUPS": "u32", "NHA_MASTER": "ifindex", "NHA_FDB": "u32",
        "NHA_RES_GROUP": "nest:nha_res_group", "NHA_RES_BUCKET": "nest:nha_res_bucket"}),
    "nha_res_group": ("rtnl_nha_res_group_attrs", "NHA_RES_GROUP_???", {
        "NHA_RES_GROUP_BUCKETS": "u16", **_many(
            "clock_t", "NHA_RES_GROUP_IDLE_TIMER NHA_RES_GROUP_UNBALANCED_TIMER "
            "NHA_RES_GROUP_UNBALANCED_TIME")}),
    "nha_res_bucket": ("rtnl_nha_res_bucket_attrs", "NHA_RES_BUCKET_???", {
        "NHA_RES_BUCKET_INDEX": "u16", "NHA_RES_BUCKET_IDLE_TIME": "clock_t",
        "NHA_RES_BUCKET_NH_ID": "u32"}),
    # routes
    "rtnl_route_attrs": ("rtnl_route_attrs", "RTA_???", {
        **_many("u32", "RTA_PRIORITY RTA_PROTOINFO RTA_FLOW RTA_MP_ALGO RTA_MARK RTA_UID"),
        **_many("u8", "RTA_PREF RTA_TTL_PROPAGATE RTA_IP_PROTO"),
        **_many("fn:family_addr", "RTA_DST RTA_SRC RTA_GATEWAY RTA_PREFSRC RTA_NEWDST"),
        "RTA_IIF": "ifindex", "RTA_OIF": "ifindex", "RTA_EXPIRES": "u64",
        "RTA_SPORT": "u16", "RTA_DPORT": "u16", "RTA_METRICS": "nest:rta_metrics",
        "RTA_MULTIPATH": "fn:rta_multipath", "RTA_CACHEINFO": "struct:rta_cacheinfo",
        "RTA_TABLE": "xval:routing_table_ids::4", "RTA_MFC_STATS": "struct:rta_mfc_stats",
        "RTA_VIA": "fn:rtvia", "RTA_ENCAP_TYPE": "xval:lwtunnel_encap_types:LWTUNNEL_ENCAP_???:2"}),
    "rta_metrics": ("rtnl_rta_metrics_attrs", "RTAX_???", {
        **_many("u32", "RTAX_LOCK RTAX_MTU RTAX_WINDOW RTAX_RTT RTAX_RTTVAR RTAX_SSTHRESH "
                "RTAX_CWND RTAX_ADVMSS RTAX_REORDERING RTAX_HOPLIMIT RTAX_INITCWND "
                "RTAX_FEATURES RTAX_RTO_MIN RTAX_INITRWND RTAX_QUICKACK"),
        "RTAX_CC_ALGO": "str"}),
    "rtnl_addr_attrs": ("rtnl_addr_attrs", "IFA_???", {
        **_many("fn:family_addr", "IFA_ADDRESS IFA_LOCAL IFA_BROADCAST IFA_ANYCAST "
                "IFA_MULTICAST"),
        "IFA_LABEL": "str", "IFA_CACHEINFO": "struct:ifa_cacheinfo",
        "IFA_FLAGS": "flags:ifaddrflags:IFA_F_???:4",
        "IFA_RT_PRIORITY": "u32", "IFA_TARGET_NETNSID": "s32"}),
    "rtnl_addrlabel_attrs": ("rtnl_addrlabel_attrs", "IFAL_???", {
        "IFAL_ADDRESS": "fn:family_addr", "IFAL_LABEL": "u32"}),
    "rtnl_rule_attrs": ("rtnl_rule_attrs", "FRA_???", {
        **_many("fn:family_addr", "FRA_DST FRA_SRC"),
        **_many("str", "FRA_IIFNAME FRA_OIFNAME"),
        **_many("u32", "FRA_GOTO FRA_PRIORITY FRA_FWMARK FRA_FLOW FRA_SUPPRESS_IFGROUP "
                "FRA_SUPPRESS_PREFIXLEN FRA_FWMASK"),
        "FRA_TUN_ID": "be64", "FRA_TABLE": "xval:routing_table_ids::4", "FRA_L3MDEV": "u8",
        "FRA_UID_RANGE": "struct:u32_range", "FRA_PROTOCOL": "xval:routing_protocols:RTPROT_???:1",
        "FRA_IP_PROTO": "ip_proto", **_many("struct:u16_range", "FRA_SPORT_RANGE FRA_DPORT_RANGE")}),
    "rtnl_netconf_attrs": ("rtnl_netconf_attrs", "NETCONFA_???", {
        "NETCONFA_IFINDEX": "ifindex", **_many(
            "s32", "NETCONFA_FORWARDING NETCONFA_RP_FILTER NETCONFA_MC_FORWARDING "
            "NETCONFA_PROXY_NEIGH NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN NETCONFA_INPUT "
            "NETCONFA_BC_FORWARDING")}),
    "rtnl_nsid_attrs": ("rtnl_nsid_attrs", "NETNSA_???", {
        **_many("s32", "NETNSA_NSID NETNSA_TARGET_NSID NETNSA_CURRENT_NSID"),
        "NETNSA_PID": "u32", "NETNSA_FD": "fd"}),
    "rtnl_neigh_attrs": ("rtnl_neigh_attrs", "NDA_???", {
        "NDA_DST": "fn:family_addr", "NDA_LLADDR": "hwaddr", "NDA_PROBES": "u32",
        "NDA_CACHEINFO": "struct:nda_cacheinfo", "NDA_FDB_EXT_ATTRS": "nest:nda_fdb_ext",
        "NDA_FLAGS_EXT": "flags:neighbor_cache_entry_ext_flags:NTF_EXT_???:4",
        "NDA_NDM_STATE_MASK": "flags:neighbor_cache_entry_states:NUD_???:2",
        "NDA_NDM_FLAGS_MASK": "flags:neighbor_cache_entry_flags:NTF_???:1",
        "NDA_VLAN": "u16", "NDA_PORT": "be16", **_many("u32", "NDA_VNI NDA_LINK_NETNSID "
                                                        "NDA_SRC_VNI NDA_NH_ID"),
        **_many("ifindex", "NDA_IFINDEX NDA_MASTER"), "NDA_PROTOCOL": "ip_proto"}),
    # sock_diag answers
    "inet_diag_attrs": ("inet_diag_attrs", "INET_DIAG_???", {
        **_many("u8", "INET_DIAG_TOS INET_DIAG_TCLASS INET_DIAG_SKV6ONLY"),
        "INET_DIAG_PROTOCOL": "ip_proto", "INET_DIAG_MEMINFO": "struct:inet_diag_meminfo",
        "INET_DIAG_SHUTDOWN": "fn:diag_shutdown",
        "INET_DIAG_VEGASINFO": "struct:tcpvegas_info",
        "INET_DIAG_DCTCPINFO": "struct:tcp_dctcp_info", "INET_DIAG_BBRINFO": "struct:tcp_bbr_info",
        "INET_DIAG_MARK": "u32", "INET_DIAG_CLASS_ID": "u32", "INET_DIAG_CGROUP_ID": "u64",
        "INET_DIAG_CONG": "str",
        "INET_DIAG_SKMEMINFO": "indexed:u32:netlink_sk_meminfo_indices:SK_MEMINFO_???",
        "INET_DIAG_LOCALS": "fn:sockaddrs", "INET_DIAG_PEERS": "fn:sockaddrs",
        "INET_DIAG_MD5SIG": "fn:tcp_md5sig", "INET_DIAG_ULP_INFO": "nest:ulp_info",
        "INET_DIAG_SK_BPF_STORAGES": "nest:bpf_storages", "INET_DIAG_SOCKOPT": "fn:diag_sockopt"}),
    "ulp_info": ("inet_diag_ulp_info_attrs", "INET_ULP_INFO_???", {
        "INET_ULP_INFO_NAME": "str", "INET_ULP_INFO_TLS": "nest:ulp_tls",
        "INET_ULP_INFO_MPTCP": "nest:ulp_mptcp"}),
    "ulp_tls": ("inet_diag_ulp_info_tls_attrs", "TLS_INFO_???", {
        "TLS_INFO_VERSION": "xval:tls_info_versions:TLS_???_VERSION:2",
        "TLS_INFO_CIPHER": "xval:tls_info_ciphers:TLS_CIPHER_???:2",
        **_many("xval:tls_info_configs:TLS_CONF_???:2", "TLS_INFO_TXCONF TLS_INFO_RXCONF")}),
    "ulp_mptcp": ("inet_diag_ulp_info_mptcp_attrs", "MPTCP_SUBFLOW_ATTR_???", {
        **_many("x32", "MPTCP_SUBFLOW_ATTR_TOKEN_REM MPTCP_SUBFLOW_ATTR_TOKEN_LOC"),
        **_many("u32", "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ MPTCP_SUBFLOW_ATTR_MAP_SFSEQ "
                "MPTCP_SUBFLOW_ATTR_SSN_OFFSET"),
        "MPTCP_SUBFLOW_ATTR_MAP_SEQ": "u64", "MPTCP_SUBFLOW_ATTR_MAP_DATALEN": "u16",
        "MPTCP_SUBFLOW_ATTR_FLAGS": "flags:mptcp_subflow_flags:MPTCP_SUBFLOW_FLAG_???:4",
        **_many("u8", "MPTCP_SUBFLOW_ATTR_ID_REM MPTCP_SUBFLOW_ATTR_ID_LOC")}),
    "bpf_storages": ("inet_diag_bpf_storages_attrs", "SK_DIAG_BPF_STORAGE_???", {
        "SK_DIAG_BPF_STORAGE": "nest:bpf_storage"}),
    "bpf_storage": ("inet_diag_bpf_storage_attrs", "SK_DIAG_BPF_STORAGE_???", {
        "SK_DIAG_BPF_STORAGE_MAP_ID": "u32", "SK_DIAG_BPF_STORAGE_MAP_VALUE": "xint"}),
    "unix_diag_attrs": ("unix_diag_attrs", "UNIX_DIAG_???", {
        "UNIX_DIAG_NAME": "str", "UNIX_DIAG_PEER": "u32", "UNIX_DIAG_SHUTDOWN": "u8",
        "UNIX_DIAG_UID": "uid", "UNIX_DIAG_VFS": "fn:unix_diag_vfs",
        "UNIX_DIAG_ICONS": "array:u32", "UNIX_DIAG_RQLEN": "struct:unix_diag_rqlen",
        "UNIX_DIAG_MEMINFO": "indexed:u32:netlink_sk_meminfo_indices:SK_MEMINFO_???"}),
    "nda_fdb_ext": ("rtnl_neigh_fdb_ext_attrs", "NFEA_???", {
        "NFEA_ACTIVITY_NOTIFY": "flags:fdb_notify_flags:FDB_NOTIFY_???:1"}),
    "rtnl_neightbl_attrs": ("rtnl_neightbl_attrs", "NDTA_???", {
        "NDTA_NAME": "str", **_many("u32", "NDTA_THRESH1 NDTA_THRESH2 NDTA_THRESH3"),
        "NDTA_CONFIG": "struct:ndt_config", "NDTA_PARMS": "nest:ndt_parms",
        "NDTA_STATS": "fn:ndt_stats", "NDTA_GC_INTERVAL": "u64"}),
    "ndt_parms": ("rtnl_neightbl_parms_attrs", "NDTPA_???", {
        "NDTPA_IFINDEX": "ifindex",
        **_many("u32", "NDTPA_REFCNT NDTPA_QUEUE_LEN NDTPA_APP_PROBES NDTPA_UCAST_PROBES "
                "NDTPA_MCAST_PROBES NDTPA_PROXY_QLEN NDTPA_QUEUE_LENBYTES NDTPA_MCAST_REPROBES"),
        **_many("u64", "NDTPA_REACHABLE_TIME NDTPA_BASE_REACHABLE_TIME NDTPA_RETRANS_TIME "
                "NDTPA_GC_STALETIME NDTPA_DELAY_PROBE_TIME NDTPA_ANYCAST_DELAY "
                "NDTPA_PROXY_DELAY NDTPA_LOCKTIME NDTPA_INTERVAL_PROBE_TIME_MS")}),
    "ipmra_creport": ("rtnl_ipmra_creport_attr", "IPMRA_CREPORT_???", {
        "IPMRA_CREPORT_MSGTYPE": "xval:rtnl_ipmra_msg_types:IGMPMSG_???:1",
        "IPMRA_CREPORT_VIF_ID": "u32", "IPMRA_CREPORT_TABLE": "u32",
        **_many("in_addr", "IPMRA_CREPORT_SRC_ADDR IPMRA_CREPORT_DST_ADDR")}),
    "ip6mra_creport": ("rtnl_ip6mra_creport_attr", "IP6MRA_CREPORT_???", {
        "IP6MRA_CREPORT_MSGTYPE": "xval:rtnl_ip6mra_msg_types:MRT6MSG_???:1",
        "IP6MRA_CREPORT_MIF_ID": "u32",
        **_many("in6_addr", "IP6MRA_CREPORT_SRC_ADDR IP6MRA_CREPORT_DST_ADDR")}),
    "ifstats_attrs": ("ifstats_attrs", "IFLA_STATS_???", {
        "IFLA_STATS_LINK_64": "fn:link_stats64",
        **_many("nest:ifstats_xstats", "IFLA_STATS_LINK_XSTATS IFLA_STATS_LINK_XSTATS_SLAVE"),
        "IFLA_STATS_AF_SPEC": "fn:ifstats_af_spec",
        "IFLA_STATS_LINK_OFFLOAD_XSTATS": "nest:ifstats_offload"}),
    "ifstats_xstats": ("ifstats_xstats_type_attrs", "LINK_XSTATS_TYPE_???", {
        "LINK_XSTATS_TYPE_BRIDGE": "nest:ifstats_xstats_bridge",
        "LINK_XSTATS_TYPE_BOND": "nest:ifstats_xstats_bond"}),
    "ifstats_xstats_bridge": ("ifstats_xstats_bridge_attrs", "BRIDGE_XSTATS_???", {
        "BRIDGE_XSTATS_VLAN": "struct+:bridge_vlan_xstats",
        "BRIDGE_XSTATS_MCAST": "struct+:br_mcast_stats",
        "BRIDGE_XSTATS_STP": "struct+:bridge_stp_xstats"}),
    "ifstats_xstats_bond": ("ifstats_xstats_bond_attrs", "BOND_XSTATS_???",
                            {"BOND_XSTATS_3AD": "nest:ifstats_xstats_bond_3ad"}),
    # strace comments an unknown type of this nest with its parent's prefix
    "ifstats_xstats_bond_3ad": ("ifstats_xstats_bond_3ad_attrs", "BOND_XSTATS_???", _many(
        "u64", "BOND_3AD_STAT_LACPDU_RX BOND_3AD_STAT_LACPDU_TX BOND_3AD_STAT_LACPDU_UNKNOWN_RX "
        "BOND_3AD_STAT_LACPDU_ILLEGAL_RX BOND_3AD_STAT_MARKER_RX BOND_3AD_STAT_MARKER_TX "
        "BOND_3AD_STAT_MARKER_RESP_RX BOND_3AD_STAT_MARKER_RESP_TX "
        "BOND_3AD_STAT_MARKER_UNKNOWN_RX")),
    "ifstats_af_mpls": ("ifstats_af_spec_mpls_attrs", "MPLS_STATS_???",
                        {"MPLS_STATS_LINK": "struct+:mpls_link_stats"}),
    "ifstats_offload": ("ifstats_offload_attrs", "IFLA_OFFLOAD_XSTATS_???",
                        {"IFLA_OFFLOAD_XSTATS_CPU_HIT": "fn:link_stats64"}),
    "smc_diag_attrs": ("smc_diag_attrs", "SMC_DIAG_???", {
        "SMC_DIAG_CONNINFO": "struct:smc_diag_conninfo", "SMC_DIAG_LGRINFO": "fn:smc_lgrinfo",
        "SMC_DIAG_SHUTDOWN": "flags:inet_diag_shutdown_flags:???_SHUTDOWN:1",
        "SMC_DIAG_DMBINFO": "struct:smcd_diag_dmbinfo",
        "SMC_DIAG_FALLBACK": "struct:smc_diag_fallback"}),
    "packet_diag_attrs": ("packet_diag_attrs", "PACKET_DIAG_???", {
        "PACKET_DIAG_INFO": "struct:packet_diag_info", "PACKET_DIAG_MCLIST": "fn:pdiag_mclist",
        **_many("struct:packet_diag_ring", "PACKET_DIAG_RX_RING PACKET_DIAG_TX_RING"),
        "PACKET_DIAG_FANOUT": "u32", "PACKET_DIAG_UID": "uid",
        "PACKET_DIAG_FILTER": "fn:pdiag_filter",
        "PACKET_DIAG_MEMINFO": "indexed:u32:netlink_sk_meminfo_indices:SK_MEMINFO_???"}),
    "inet_diag_req_attrs": ("inet_diag_req_attrs", "INET_DIAG_REQ_???", {
        "INET_DIAG_REQ_BYTECODE": "fn:inet_diag_bc_op", "INET_DIAG_REQ_PROTOCOL": "ip_proto"}),
    "netlink_diag_attrs": ("netlink_diag_attrs", "NETLINK_DIAG_???", {
        "NETLINK_DIAG_MEMINFO": "indexed:u32:netlink_sk_meminfo_indices:SK_MEMINFO_???",
        "NETLINK_DIAG_GROUPS": "array:0x64",
        **_many("struct:netlink_diag_ring", "NETLINK_DIAG_RX_RING NETLINK_DIAG_TX_RING"),
        "NETLINK_DIAG_FLAGS": "flags:netlink_socket_flags:NDIAG_FLAG_???:4"}),
}

# struct name -> (size, fields as netlink_route.STRUCTS: (name, struct code, how))
STRUCTS = {
    "rtnl_link_ifmap": (28, (("mem_start", "Q", "x"), ("mem_end", "Q", "x"),
                             ("base_addr", "Q", "x"), ("irq", "H", "u"), ("dma", "B", "u"),
                             ("port", "B", "u"))),
    "ifla_bridge_id": (8, (("prio", "2B", "uarray"), ("addr", "6s", "mac"))),
    "br_boolopt_multi": (8, (("optval", "I", "bits:rtnl_ifla_br_boolopts:1<<BR_BOOLOPT_???"),
                             ("optmask", "I",
                              "bits:rtnl_ifla_br_boolopts:1<<BR_BOOLOPT_???"))),
    "ifla_cacheinfo": (16, (("max_reasm_len", "I", "u"), ("tstamp", "I", "u"),
                            ("reachable_time", "I", "u"), ("retrans_time", "I", "u"))),
    "ifla_vf_mac": (36, (("vf", "I", "u"), ("mac", "32s", "mac"))),
    "ifla_vf_vlan": (12, (("vf", "I", "u"), ("vlan", "I", "u"), ("qos", "I", "u"))),
    "ifla_vf_tx_rate": (8, (("vf", "I", "u"), ("rate", "I", "u"))),
    "ifla_vf_setting": (8, (("vf", "I", "u"), ("setting", "I", "u"))),
    "ifla_vf_link_state": (8, (("vf", "I", "u"),
                               ("link_state", "I",
                                "xlat:rtnl_ifla_vf_link_states:IFLA_VF_LINK_STATE_???"))),
    "ifla_vf_rate": (12, (("vf", "I", "u"), ("min_tx_rate", "I", "u"),
                          ("max_tx_rate", "I", "u"))),
    "ifla_vf_vlan_info": (16, (("vf", "I", "u"), ("vlan", "I", "u"), ("qos", "I", "u"),
                               ("vlan_proto", ">H", "htons:ethernet_protocols:ETH_P_???"),
                               (None, "2x", None))),
    "ifla_vf_broadcast": (32, (("broadcast", "32s", "mac"),)),
    "tc_stats": (36, (("bytes", "Q", "u"), ("packets", "I", "u"), ("drops", "I", "u"),
                      ("overlimits", "I", "u"), ("bps", "I", "u"), ("pps", "I", "u"),
                      ("qlen", "I", "u"), ("backlog", "I", "u"))),
    "tc_estimator": (2, (("interval", "b", "d"), ("ewma_log", "B", "u"))),
    "gnet_stats_basic": (12, (("bytes", "Q", "u"), ("packets", "I", "u"))),
    "gnet_stats_rate_est": (8, (("bps", "I", "u"), ("pps", "I", "u"))),
    "gnet_stats_queue": (20, (("qlen", "I", "u"), ("backlog", "I", "u"), ("drops", "I", "u"),
                              ("requeues", "I", "u"), ("overlimits", "I", "u"))),
    "gnet_stats_rate_est64": (16, (("bps", "Q", "u"), ("pps", "Q", "u"))),
    "tc_sizespec": (24, (("cell_log", "B", "u"), ("size_log", "B", "u"),
                         ("cell_align", "h", "d"), ("overhead", "i", "d"),
                         ("linklayer", "I", "u"), ("mpu", "I", "u"), ("mtu", "I", "u"),
                         ("tsize", "I", "u"))),
    "rta_cacheinfo": (32, (("rta_clntref", "I", "u"), ("rta_lastuse", "I", "u"),
                           ("rta_expires", "I", "u"), ("rta_error", "I", "u"),
                           ("rta_used", "I", "u"), ("rta_id", "I", "x"), ("rta_ts", "I", "u"),
                           ("rta_tsage", "I", "u"))),
    "ndt_config": (32, (("ndtc_key_len", "H", "u"), ("ndtc_entry_size", "H", "u"),
                        ("ndtc_entries", "I", "u"), ("ndtc_last_flush", "I", "u"),
                        ("ndtc_last_rand", "I", "u"), ("ndtc_hash_rnd", "I", "u"),
                        ("ndtc_hash_mask", "I", "0x32"), ("ndtc_hash_chain_gc", "I", "u"),
                        ("ndtc_proxy_qlen", "I", "u"))),
    "packet_diag_info": (24, (("pdi_index", "I", "ifindex"),
                              ("pdi_version", "I", "xlat:af_packet_versions:TPACKET_???"),
                              ("pdi_reserve", "I", "u"), ("pdi_copy_thresh", "I", "u"),
                              ("pdi_tstamp", "I", "u"),
                              ("pdi_flags", "I", "flags:packet_diag_info_flags:PDI_???"))),
    "packet_diag_ring": (28, tuple((n, "I", "u") for n in (
        "pdr_block_size pdr_block_nr pdr_frame_size pdr_frame_nr pdr_retire_tmo "
        "pdr_sizeof_priv pdr_features").split())),
    "inet_diag_meminfo": (16, tuple((n, "I", "u") for n in
                                    "idiag_rmem idiag_wmem idiag_fmem idiag_tmem".split())),
    "tcpvegas_info": (16, tuple((n, "I", "u") for n in
                                "tcpv_enabled tcpv_rttcnt tcpv_rtt tcpv_minrtt".split())),
    "tcp_dctcp_info": (16, (("dctcp_enabled", "H", "u"), ("dctcp_ce_state", "H", "u"),
                            ("dctcp_alpha", "I", "u"), ("dctcp_ab_ecn", "I", "u"),
                            ("dctcp_ab_tot", "I", "u"))),
    "tcp_bbr_info": (20, (("bbr_bw_lo", "I", "x"), ("bbr_bw_hi", "I", "x"),
                          ("bbr_min_rtt", "I", "u"), ("bbr_pacing_gain", "I", "u"),
                          ("bbr_cwnd_gain", "I", "u"))),
    "ifa_cacheinfo": (16, (("ifa_prefered", "I", "u"), ("ifa_valid", "I", "u"),
                           ("cstamp", "I", "u"), ("tstamp", "I", "u"))),
    "nda_cacheinfo": (16, (("ndm_confirmed", "I", "u"), ("ndm_used", "I", "u"),
                           ("ndm_updated", "I", "u"), ("ndm_refcnt", "I", "u"))),
    "u32_range": (8, (("start", "I", "u"), ("end", "I", "u"))),
    "u16_range": (4, (("start", "H", "u"), ("end", "H", "u"))),
    "unix_diag_rqlen": (8, (("udiag_rqueue", "I", "u"), ("udiag_wqueue", "I", "u"))),
    "netlink_diag_ring": (16, (("ndr_block_size", "I", "u"), ("ndr_block_nr", "I", "u"),
                               ("ndr_frame_size", "I", "u"), ("ndr_frame_nr", "I", "u"))),
    "bridge_vlan_xstats": (40, (*((n, "Q", "u") for n in
                                  "rx_bytes rx_packets tx_bytes tx_packets".split()),
                                ("vid", "H", "u"),
                                ("flags", "H", "flags:nl_bridge_vlan_flags:BRIDGE_VLAN_INFO_???"),
                                ("pad2", "I", "nonzero:x"))),
    "br_mcast_stats": (240, tuple(
        (n, "Q", "u") if n.endswith("parse_errors") else
        (n, "2Q", "indexed:ifstats_xstats_bridge_mcast_indices") for n in (
            "igmp_v1queries igmp_v2queries igmp_v3queries igmp_leaves igmp_v1reports "
            "igmp_v2reports igmp_v3reports igmp_parse_errors mld_v1queries mld_v2queries "
            "mld_leaves mld_v1reports mld_v2reports mld_parse_errors mcast_bytes "
            "mcast_packets").split())),
    "bridge_stp_xstats": (48, tuple((n, "Q", "u") for n in (
        "transition_blk transition_fwd rx_bpdu tx_bpdu rx_tcn tx_tcn").split())),
    "mpls_link_stats": (72, tuple((n, "Q", "u") for n in (
        "rx_packets tx_packets rx_bytes tx_bytes rx_errors tx_errors rx_dropped tx_dropped "
        "rx_noroute").split())),
    "smc_diag_conninfo": (76, (
        *((n, "I", "u") for n in "token sndbuf_size rmbe_size peer_rmbe_size".split()),
        *((n, "8s", "smc_cursor") for n in "rx_prod rx_cons tx_prod tx_cons".split()),
        *((n, "B", "0x8") for n in ("rx_prod_flags rx_conn_state_flags tx_prod_flags "
                                     "tx_conn_state_flags").split()),
        *((n, "8s", "smc_cursor") for n in "tx_prep tx_sent tx_fin".split()))),
    "smcd_diag_dmbinfo": (40, (("linkid", "I", "u"), (None, "4x", None),
                               *((n, "Q", "x") for n in
                                 "peer_gid my_gid token peer_token".split()))),
    "smc_diag_fallback": (8, (("reason", "I", "verbose:smc_decl_codes"),
                              ("peer_diagnosis", "I", "verbose:smc_decl_codes"))),
    "rta_mfc_stats": (24, (("mfcs_packets", "Q", "u"), ("mfcs_bytes", "Q", "u"),
                           ("mfcs_wrong_if", "Q", "u"))),
}
# struct.calcsize on "<" codes: keep the sizes honest
for _name, (_size, _fields) in STRUCTS.items():
    assert struct.calcsize("<" + "".join(c.lstrip("<>") for _n, c, _h in _fields)) <= _size, _name


@lru_cache(maxsize=None)
def decoder(kind: str):
    """The decoder of a kind (see nla_kinds): nest:, struct: and fn: are this module's."""
    head, _, name = kind.partition(":")
    if head == "nest":
        return lambda call, addr, length, ctx=None: nlattrs(call, addr, length,
                                                            nest_spec(name), ctx)
    if head == "struct":
        return _struct(name)
    if head == "struct+":
        return _struct_and_rest(name)
    if head == "fn":
        return lambda call, addr, length, ctx=None: SPECIAL[name](call, addr, length, ctx)
    fn = simple_decoder(kind)
    if fn is None:
        raise KeyError(kind)
    return fn


@lru_cache(maxsize=None)
def nest_spec(name: str) -> tuple:
    """(type table, unknown comment, {type: decoder}) of a table of NESTS, as nlattrs
    takes it."""
    table, dflt, attrs = NESTS[name]
    out = {}
    for aname, kind in attrs.items():
        v = xlat_value(table, aname)
        if v is not None:
            out[v] = decoder(kind)
    return (table, dflt, out)


def _struct(name: str):
    size, fields = STRUCTS[name]
    return fixed(size, lambda data: struct_text(fields, data))


def _struct_and_rest(name: str):
    """The structure, then the bytes past it in hex, as another element."""
    size, fields = STRUCTS[name]

    def decode(call, addr, length, ctx=None):
        if length < size:
            return None
        data = fetch(call, addr, size)
        if data is None:
            return hexaddr(addr)
        text = struct_text(fields, data)
        if length > size:
            text += ", " + hexstr(call, addr + size, length - size)
        return text
    return decode


# -- the irregular attributes ------------------------------------------------------------

LINK_STATS = ("rx_packets tx_packets rx_bytes tx_bytes rx_errors tx_errors rx_dropped "
              "tx_dropped multicast collisions rx_length_errors rx_over_errors rx_crc_errors "
              "rx_frame_errors rx_fifo_errors rx_missed_errors tx_aborted_errors "
              "tx_carrier_errors tx_fifo_errors tx_heartbeat_errors tx_window_errors "
              "rx_compressed tx_compressed rx_nohandler rx_otherhost_dropped").split()


def _stats(width: int, count: int):
    """struct rtnl_link_stats(64): the whole structure, or exactly one of its older
    sizes (23 fields, then with rx_nohandler)."""
    code = "<" + ("I" if width == 4 else "Q")

    def decode(call, addr, length, ctx=None):
        sizes = [width * n for n in (count, 24, 23) if n <= count]
        size = sizes[0] if length >= sizes[0] else (length if length in sizes else 0)
        if not size:
            return None
        data = fetch(call, addr, size)
        if data is None:
            return hexaddr(addr)
        values = struct.unpack(code[0] + code[1] * (size // width), data)
        return "{" + ", ".join("%s=%d" % nv for nv in zip(LINK_STATS, values)) + "}"
    return decode


def _linkinfo(call, addr, length, ctx=None):
    """IFLA_LINKINFO: its IFLA_INFO_KIND picks how IFLA_INFO_DATA decodes."""
    return nlattrs(call, addr, length, nest_spec("linkinfo"), {"kind": "", "slave_kind": ""})


# link kind -> nest of its IFLA_INFO_DATA; slave kind -> nest of IFLA_INFO_SLAVE_DATA
INFO_DATA = {"bridge": "info_data_bridge", "tun": "info_data_tun"}
INFO_SLAVE_DATA = {"bridge": "brport"}


def _remember_kind(call, addr, length, key, ctx):
    """strace keeps the kind only when it is a NUL-terminated string of < 16 bytes."""
    ctx[key] = ""
    if length < 16:
        data = fetch(call, addr, length)
        if data is not None and b"\0" in data:
            ctx[key] = data.split(b"\0")[0].decode("latin-1")


def _kind_decoder(key: str):
    def decode(call, addr, length, ctx):
        _remember_kind(call, addr, length, key, ctx)
        return decoder("cstr")(call, addr, length, ctx)
    return decode


def _data_decoder(key: str, table: dict):
    def decode(call, addr, length, ctx):
        nest = table.get(ctx.get(key, "")) if ctx else None
        if nest is None:
            return None
        return nlattrs(call, addr, length, nest_spec(nest), ctx)
    return decode


CAN_STATS = (24, (("bus_error", "I", "u"), ("error_warning", "I", "u"),
                  ("error_passive", "I", "u"), ("bus_off", "I", "u"),
                  ("arbitration_lost", "I", "u"), ("restarts", "I", "u")))


def _linkinfo_xstats(call, addr, length, ctx):
    if not ctx or ctx.get("kind") != "can" or length < CAN_STATS[0]:
        return None
    data = fetch(call, addr, CAN_STATS[0])
    return hexaddr(addr) if data is None else struct_text(CAN_STATS[1], data)


AF_INET, AF_BRIDGE, AF_MCTP = 2, 7, 45
PROTINFO = {AF_BRIDGE: "brport", AF_INET6: "inet6"}
AF_SPEC = {AF_INET: "inet", AF_INET6: "inet6", AF_MCTP: "mctp"}


def _protinfo(call, addr, length, ctx):
    nest = PROTINFO.get((ctx or {}).get("family"))
    if nest is None:
        return hexstr(call, addr, length)
    return nlattrs(call, addr, length, nest_spec(nest))


def _af_spec(call, addr, length, ctx):
    """IFLA_AF_SPEC: bridge attributes for AF_BRIDGE, else one nest per family, typed
    by the family."""
    if (ctx or {}).get("family") == AF_BRIDGE:
        return nlattrs(call, addr, length, nest_spec("af_spec_bridge"), ctx)
    return nlattrs(call, addr, length, ("address_families", "AF_???", _AfDecoders()))


class _AfDecoders(dict):
    """Every attribute type of an IFLA_AF_SPEC is a family, decoded by its nest."""

    def get(self, af, default=None):
        def decode(call, addr, length, ctx=None):
            nest = AF_SPEC.get(af)
            if nest is None:
                return hexstr(call, addr, length)
            return nlattrs(call, addr, length, nest_spec(nest))
        return decode


def _ifstats_af_spec(call, addr, length, ctx):
    """IFLA_STATS_AF_SPEC: one attribute per family, AF_MPLS's decoded."""
    return nlattrs(call, addr, length, ("address_families", "AF_???", _StatsAfDecoders()))


class _StatsAfDecoders(dict):
    def get(self, af, default=None):
        def decode(call, addr, length, ctx=None):
            if af != xlat_value("address_families", "AF_MPLS"):
                return hexstr(call, addr, length)
            return nlattrs(call, addr, length, nest_spec("ifstats_af_mpls"))
        return decode


SMC_LINKINFO = struct.Struct("<B64sB40s40s")    # struct smc_diag_linkinfo


def _cstring(raw: bytes) -> str:
    """A char array (PRINT_FIELD_CSTRING): up to its NUL, else all but the last byte."""
    from .fmt import quote
    nul = raw.find(b"\0")
    return quote(raw[:nul]) if nul >= 0 else quote(raw[:-1]) + "..."


def _smc_lgrinfo(call, addr, length, ctx):
    """struct smc_diag_lgrinfo: its one link, then the role."""
    size = SMC_LINKINFO.size + 1
    if length < size:
        return None
    data = fetch(call, addr, size)
    if data is None:
        return hexaddr(addr)
    link_id, ibname, ibport, gid, peer_gid = SMC_LINKINFO.unpack_from(data)
    return "{lnk=[{link_id=%d, ibname=%s, ibport=%d, gid=%s, peer_gid=%s}], role=%s}" % (
        link_id, _cstring(ibname), ibport, _cstring(gid), _cstring(peer_gid),
        xval_text(data[-1], "smc_link_group_roles", "SMC_???"))


def _pdiag_filter(call, addr, length, ctx):
    """PACKET_DIAG_FILTER: the socket's classic BPF instructions."""
    from .bpf_filter import SOCK_FILTER, format_fprog_filter, socket_filter_k
    n = length // SOCK_FILTER.size
    if not 0 < n <= 0xFFFF:
        return None
    return format_fprog_filter(call, addr, n, socket_filter_k)


def _bridge_vlan_info(call, addr, length, ctx):
    if length < 4:
        return None
    data = fetch(call, addr, 4)
    if data is None:
        return hexaddr(addr)
    fl, vid = struct.unpack("<HH", data)
    from .nla_kinds import flags_text
    text = "{flags=%s, vid=%d}" % (flags_text(fl, "nl_bridge_vlan_flags",
                                              "BRIDGE_VLAN_INFO_???"), vid)
    if length > 4:
        text += ", " + hexstr(call, addr + 4, length - 4)
    return text


def _vf_guid(call, addr, length, ctx):
    """struct ifla_vf_guid: 12 bytes packed or 16 with the guid aligned."""
    if length not in (12, 16):
        return None
    data = fetch(call, addr, length)
    if data is None:
        return hexaddr(addr)
    vf = struct.unpack_from("<I", data)[0]
    guid = struct.unpack_from("<Q", data, 4 if length == 12 else 8)[0]
    return "{vf=%d, guid=%#x}" % (vf, guid) if guid else "{vf=%d, guid=0}" % vf


def _port_vsi(data: bytes) -> str:
    """struct ifla_port_vsi: the padding shows only when it is not zero."""
    from .fmt import quote
    text = "{vsi_mgr_id=%d, vsi_type_id=%s, vsi_type_version=%d" % (
        data[0], quote(data[1:4], force_hex=True), data[4])
    if any(data[5:8]):
        text += ", pad=%s" % quote(data[5:8], force_hex=True)
    return text + "}"


def _mdb_entry_info(call, addr, length, ctx):
    """struct br_mdb_entry, then MDBA_MDB_EATTR_* attributes."""
    size = 28
    if length < size:
        return None
    data = fetch(call, addr, size)
    if data is None:
        return hexaddr(addr)
    idx, state, fl, vid = struct.unpack_from("<IBBH", data)
    u = data[8:24]
    proto = struct.unpack_from(">H", data, 24)[0]
    from .inet import ifindex
    from .nla_kinds import flags_text
    if proto == 2:
        uaddr = 'u=inet_addr("%s")' % inet_ntop(2, u[:4])
    elif proto == AF_INET6:
        uaddr = 'inet_pton(AF_INET6, "%s", &u)' % inet_ntop(AF_INET6, u)
    else:
        from .fmt import quote
        uaddr = "u=%s" % quote(u, force_hex=True)
    text = "{ifindex=%s, state=%s, flags=%s, vid=%d, addr={%s, proto=htons(%s)}}" % (
        ifindex(idx), xval_text(state, "mdb_states", "MDB_???"),
        flags_text(fl, "mdb_flags", "MDB_FLAGS_???"), vid, uaddr,
        xval_text(proto, "address_families", "AF_???") if proto else family_name(0))
    if length > size:
        text += ", " + nlattrs(call, addr + size, length - size, nest_spec("mdb_eattr"))
    return text


def _mdba_router_port(call, addr, length, ctx):
    """An interface index, then MDBA_ROUTER_PATTR_* attributes."""
    text = decoder("ifindex")(call, addr, length, ctx)
    if text is None:
        return None
    if length > 4:
        text += ", " + nlattrs(call, addr + 4, length - 4, nest_spec("mdba_router_pattr"))
    return text


def _nh_grp(call, addr, length, ctx):
    def elem(d):
        gid, weight, r1, r2 = struct.unpack("<IBBH", d)
        text = "{id=%d, weight=%d" % (gid, weight)
        if r1:
            text += ", resvd1=%#x" % r1
        if r2:
            text += ", resvd2=%#x" % r2
        return text + "}"
    return print_array(call, addr, length, 8, elem)


def inet_addr(call, addr, length, family, var=None) -> str:
    """strace's decode_inet_addr: an address of the family, else hex."""
    size = {AF_INET: 4, AF_INET6: 16}.get(family)
    if not size or length < size:
        return ("%s=" % var if var else "") + hexstr(call, addr, length)
    data = fetch(call, addr, size)
    if data is None:
        return ("%s=" % var if var else "") + hexaddr(addr)
    return inet_field(var, family, data) if var else inet_value(family, data)


def _family_addr(call, addr, length, ctx):
    return inet_addr(call, addr, length, (ctx or {}).get("family"))


def _rtvia(call, addr, length, ctx):
    if length < 2:
        return None
    v = unsigned_le(call, addr, 2)
    if v is None:
        return hexaddr(addr)
    text = "{rtvia_family=%s" % family_name(v)
    if length > 2:
        text += ", " + inet_addr(call, addr + 2, length - 2, v, "rtvia_addr")
    return text + "}"


def _rta_multipath(call, addr, length, ctx):
    """struct rtnexthop array, each followed by route attributes."""
    if length < 8:
        return None
    out = []
    cur, left = addr, length
    is_array = False
    from .inet import ifindex
    from .nla_kinds import flags_text
    while True:
        data = fetch(call, cur, 8)
        if data is None:
            out.append(hexaddr(cur))
            break
        nlen, fl, hops, idx = struct.unpack("<HBBi", data)
        rlen = min(left, nlen)
        if cur == addr and nlen < length:
            is_array = True
        text = "{rtnh_len=%d, rtnh_flags=%s, rtnh_hops=%d, rtnh_ifindex=%s}" % (
            nlen, flags_text(fl, "route_nexthop_flags", "RTNH_F_???"), hops,
            ifindex(idx & 0xFFFFFFFF))
        if rlen > 8:
            text = "[%s, %s]" % (text, nlattrs(call, cur + 8, rlen - 8,
                                               nest_spec("rtnl_route_attrs"), ctx))
        out.append(text)
        step = (rlen + 3) & ~3
        if step >= left:
            break
        cur += step
        left -= step
    return "[" + ", ".join(out) + "]" if is_array else out[0]


def _unix_diag_vfs(data: bytes) -> str:
    ino, dev = struct.unpack("<II", data)
    from .file import makedev
    return "{udiag_vfs_dev=%s, udiag_vfs_ino=%d}" % (makedev(dev), ino)


NDT_STATS = ("ndts_allocs ndts_destroys ndts_hash_grows ndts_res_failed ndts_lookups "
             "ndts_hits ndts_rcv_probes_mcast ndts_rcv_probes_ucast ndts_periodic_gc_runs "
             "ndts_forced_gc_runs ndts_table_fulls").split()


def _ndt_stats(call, addr, length, ctx):
    """struct ndt_stats, whole or without its last field."""
    size = 88 if length >= 88 else (80 if length == 80 else 0)
    if not size:
        return None
    data = fetch(call, addr, size)
    if data is None:
        return hexaddr(addr)
    return "{" + ", ".join("%s=%d" % nv for nv in zip(NDT_STATS, struct.unpack(
        "<%dQ" % (size // 8), data))) + "}"


def _pdiag_mclist(call, addr, length, ctx):
    from .fmt import quote
    from .inet import ifindex

    def elem(d):
        idx, count, typ, alen = struct.unpack_from("<IIHH", d)
        return "{pdmc_index=%s, pdmc_count=%d, pdmc_type=%d, pdmc_alen=%d, pdmc_addr=%s}" % (
            ifindex(idx), count, typ, alen, quote(d[12:12 + min(alen, 32)], force_hex=True))
    return print_array(call, addr, length, 44, elem)


def _bc_op(data: bytes) -> str:
    code, yes, no = struct.unpack("<BBH", data)
    return "{code=%s, yes=%d, no=%d}" % (xval_text(code, "inet_diag_bytecodes",
                                                   "INET_DIAG_BC_???"), yes, no)


BC_S_GE, BC_D_LE, BC_S_COND, BC_D_COND, BC_DEV_COND, BC_MARK_COND = 2, 5, 7, 8, 9, 10


def _bytecode_data(call, addr, length, code) -> str:
    """The data after an INET_DIAG_BC_* operation, as its code says."""
    if code in (BC_S_COND, BC_D_COND):
        if length < 8:
            return hexstr(call, addr, length)
        data = fetch(call, addr, 8)
        if data is None:
            return hexaddr(addr)
        fam, plen, port = struct.unpack("<BBxxi", data)
        text = "{family=%s, prefix_len=%d, port=%d" % (family_name(fam), plen, port)
        if length > 8:
            text += ", " + inet_addr(call, addr + 8, length - 8, fam, "addr")
        return text + "}"
    if code == BC_DEV_COND:
        return decoder("ifindex")(call, addr, length) or hexstr(call, addr, length)
    if BC_S_GE <= code <= BC_D_LE:
        if length < 4:
            return hexstr(call, addr, length)
        data = fetch(call, addr, 4)
        return hexaddr(addr) if data is None else _bc_op(data)
    if code == BC_MARK_COND:
        if length < 8:
            return hexstr(call, addr, length)
        data = fetch(call, addr, 8)
        return hexaddr(addr) if data is None else "{mark=%d, mask=%d}" % struct.unpack(
            "<II", data)
    return hexstr(call, addr, length)


def _inet_diag_bc_op(call, addr, length, ctx):
    if length < 4:
        return None
    data = fetch(call, addr, 4)
    if data is None:
        return hexaddr(addr)
    text = _bc_op(data)
    if length > 4:
        text += ", " + _bytecode_data(call, addr + 4, length - 4, data[0])
    return text


RTNL_FAMILY_IPMR, RTNL_FAMILY_IP6MR = 128, 129
CACHEREPORT = {RTNL_FAMILY_IPMR: "ipmra_creport", RTNL_FAMILY_IP6MR: "ip6mra_creport"}


def cachereport(call, addr, length, family) -> str:
    """RTM_NEWCACHEREPORT: struct rtgenmsg, then the attributes of its family."""
    from ..abi import xlat_lookup
    name = xlat_lookup("rtnl_family", family) or xlat_lookup("address_families", family)
    text = "{rtgen_family=%s}" % named(family, name, "RTNL_FAMILY_???")
    if length > 4:
        nest = CACHEREPORT.get(family)
        text += ", " + (nlattrs(call, addr + 4, length - 4, nest_spec(nest)) if nest
                        else hexstr(call, addr + 4, length - 4))
    return text


def _diag_shutdown(call, addr, length, ctx):
    """The shutdown flags, whose names the UAPI lacks: the number, the names in a
    comment (strace's verbose style)."""
    if length > 8 or length < 1:
        return None
    v = unsigned_le(call, addr, 1)
    if v is None:
        return hexaddr(addr)
    if not v:
        return "0"
    from .fmt import flags
    names = flags(v, "inet_diag_shutdown_flags")
    return "%#x /* %s */" % (v, "???_SHUTDOWN" if names.startswith("0x") else names)


def _sockaddrs(call, addr, length, ctx):
    """An array of struct sockaddr_storage (INET_DIAG_LOCALS, INET_DIAG_PEERS)."""
    from .sockaddr_families import format_sockaddr_bytes
    from .inet import SOCKADDR_STORAGE_SIZE
    return print_array(call, addr, length, SOCKADDR_STORAGE_SIZE,
                       lambda d: format_sockaddr_bytes(d, len(d), call=call))


def _tcp_md5sig(call, addr, length, ctx):
    """An array of struct tcp_diag_md5sig (a view of decode/struct_views.py)."""
    from .structs import size_of, struct_text as view_text
    return print_array(call, addr, length, size_of("tcp_diag_md5sig"),
                       lambda d: view_text(call, d, "tcp_diag_md5sig"))


def md5sig_addr(call, data: bytes) -> str:
    """tcpm_addr as its tcpm_family says: an IPv4 or IPv6 address, else its bytes."""
    from .fmt import quote
    from .structs import layout
    fields = layout("tcp_diag_md5sig")[1]
    family = data[fields["tcpm_family"][0]]
    off, size, _s, _c = fields["tcpm_addr"]
    raw = data[off:off + size]
    if family in (AF_INET, AF_INET6):
        return inet_field("tcpm_addr", family, raw if family == AF_INET6 else raw[:4])
    return "tcpm_addr=" + quote(raw, force_hex=True)


def md5sig_key(call, data: bytes) -> str:
    """tcpm_key: tcpm_keylen bytes of it, in hex."""
    from .fmt import quote
    from .structs import layout
    fields = layout("tcp_diag_md5sig")[1]
    off, size, _s, _c = fields["tcpm_keylen"]
    keylen = int.from_bytes(data[off:off + size], "little")
    off, size, _s, _c = fields["tcpm_key"]
    return "tcpm_key=" + quote(data[off:off + min(size, keylen)], force_hex=True)


# struct inet_diag_sockopt's bit fields, lowest bit first, as linux/inet_diag.h declares
# them (offsetof cannot measure bit fields); "unused" takes the rest of the second byte
SOCKOPT_BITS = ("recverr is_icsk freebind hdrincl mc_loop transparent mc_all nodefrag "
                "bind_address_no_port recverr_rfc4884 defer_connect").split()


def _diag_sockopt(call, addr, length, ctx):
    """INET_DIAG_SOCKOPT: the flags set (all of them with -v), then any nonzero bytes
    after the structure."""
    size = 2
    if length < size:
        return None
    data = fetch(call, addr, size)
    if data is None:
        return hexaddr(addr)
    bits = int.from_bytes(data, "little")
    abbrev = call.opts.is_abbrev(call.name)
    out = ["%s=%d" % (name, bits >> i & 1) for i, name in enumerate(SOCKOPT_BITS)
           if not abbrev or bits >> i & 1]
    unused = bits >> len(SOCKOPT_BITS)
    if not abbrev or unused:
        out.append("unused=%s /* bits 3..8 */" % ("%#x" % unused if unused else "0"))
    from .core import nonzero_tail
    tail = nonzero_tail(call, addr, size, length)
    return "{" + ", ".join(out) + "}" + (", " + tail if tail else "")


SPECIAL = {
    "sockaddrs": _sockaddrs, "tcp_md5sig": _tcp_md5sig, "diag_sockopt": _diag_sockopt,
    "diag_shutdown": _diag_shutdown,
    "ndt_stats": _ndt_stats, "pdiag_mclist": _pdiag_mclist, "inet_diag_bc_op": _inet_diag_bc_op,
    "unix_diag_vfs": fixed(8, _unix_diag_vfs),
    "link_stats": _stats(4, 24), "link_stats64": _stats(8, 25), "linkinfo": _linkinfo,
    "linkinfo_kind": _kind_decoder("kind"), "linkinfo_slave_kind": _kind_decoder("slave_kind"),
    "linkinfo_data": _data_decoder("kind", INFO_DATA),
    "linkinfo_slave_data": _data_decoder("slave_kind", INFO_SLAVE_DATA),
    "linkinfo_xstats": _linkinfo_xstats, "protinfo": _protinfo, "af_spec": _af_spec,
    "bridge_vlan_info": _bridge_vlan_info, "pdiag_filter": _pdiag_filter,
    "ifstats_af_spec": _ifstats_af_spec, "smc_lgrinfo": _smc_lgrinfo, "vf_guid": _vf_guid, "port_vsi": fixed(8, _port_vsi),
    "mdb_entry_info": _mdb_entry_info, "mdba_router_port": _mdba_router_port,
    "nh_grp": _nh_grp, "family_addr": _family_addr, "rtvia": _rtvia,
    "rta_multipath": _rta_multipath,
}
