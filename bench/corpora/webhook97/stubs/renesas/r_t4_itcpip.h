/* Hand-written, declaration-only stand-in for Renesas' T4 TCP/IP (uITRON) API header r_t4_itcpip.h (webhook97
 * corpus): the types, constants and four calls the wolfSSH CS+ demo server uses. Not the real header. */
#ifndef WEBHOOK97_R_T4_ITCPIP_H
#define WEBHOOK97_R_T4_ITCPIP_H
#include <stdint.h>
typedef int16_t ID;
typedef int32_t ER;
typedef int32_t TMO;
typedef struct { uint32_t ipaddr; uint16_t portno; } T_IPV4EP;
#define E_OK 0
#define TMO_FEVR (-1)
ER tcp_acp_cep(ID cepid, ID repid, T_IPV4EP* p_dstaddr, TMO tmout);
ER tcp_rcv_dat(ID cepid, void* data, int32_t len, TMO tmout);
ER tcp_snd_dat(ID cepid, const void* data, int32_t len, TMO tmout);
ER tcp_sht_cep(ID cepid);
ER tcp_cls_cep(ID cepid, TMO tmout);
#endif
