// Package dkg creates distributed validator keys with a distributed key
// generation (DKG): the operators of a cluster create each validator key
// together, each ends with its own share, all end with the same public key
// and public shares, and the key itself never exists anywhere.
//
// # Ceremony
//
// A Definition (dkg-definition.json) names the operators (identity and
// encryption public keys, as `keystake operator init` prints them), the
// threshold t, the number of validators, their withdrawal credentials, fee
// recipient, deposit amount and network, and a random nonce. One operator,
// the creator, signs its content hash with its identity key. Every operator
// runs the ceremony from the same file and every message carries the
// definition hash: a peer with another hash is refused.
//
// The protocol is Joint-Feldman (Pedersen's DKG, as analysed by Gennaro,
// Jarecki, Krawczyk and Rabin) with complaints and justifications, in the
// phases below. Share i sits at x = i for operator index i = 1..n, as in
// package tbls and cluster.json.
//
//  1. Hello: every operator sends the definition hash. A missing operator
//     or a different hash aborts.
//  2. Deal: every operator, as dealer d, draws for each validator v a random
//     polynomial f_{d,v} of degree t-1 and sends to everyone the Feldman
//     commitments C_{d,v,j} = g1^{a_{d,v,j}} and, for every operator i, the
//     shares f_{d,v}(i) of all validators sealed with HPKE to i's encryption
//     key (package seal; the context binds ceremony, dealer and recipient).
//  3. Response: every operator opens its shares and checks each against the
//     dealer's commitments (g1^{f(i)} = prod_j C_j^{i^j}). It sends one
//     verdict per dealer, ok, bad or missing, with the hash of the
//     commitments it received from that dealer: the echo. A missing
//     response aborts.
//  4. Justification: a dealer some verdict complains about sends its
//     commitments again and the complainers' shares in the clear, for
//     everyone to check against them. The phase waits only for accused
//     dealers; one that does not answer by the timeout is excluded.
//  5. Finish: dealer d qualifies if every operator that received its deal
//     echoed the same commitment hash, and every complaint against it was
//     answered with shares that match those commitments. Fewer than t
//     qualified dealers abort, naming each excluded dealer and why.
//     Otherwise operator i's share of validator v is the sum over the
//     qualified set Q of f_{d,v}(i); the validator's public key is the sum
//     of the constant commitments C_{d,v,0}, and public share i is the
//     summed commitment polynomial evaluated at i. Every operator builds
//     cluster.json (package cluster) from these, and sends its hash with its
//     partial signatures over the cluster hash and over each validator's
//     deposit signing root.
//  6. Done: every operator checks that all operators computed the same
//     cluster hash, batch-verifies every partial signature under its public
//     share (naming the operator of a bad one), recovers each signature from
//     t partials and verifies it under the group key, and builds the
//     deposits (package deposit). Only then is there a Result; the caller
//     writes cluster.json, its share keystores and the deposit file. It
//     then says so, and waits for the others to say so.
//
// # Resharing
//
// A definition with ReshareFrom hands an existing cluster's validators over
// to a new operator set (Operators, Threshold) without changing their keys.
// The participants are the new operators, with their new indices, followed
// by the old operators that are not among them. Only old operators deal:
// old operator k deals, for each validator, a polynomial g_k of degree t'-1
// with g_k(0) = s_k, its old share, so its constant commitment must equal
// its old public share in the reshared cluster.json (checked by every
// participant; a deal that fails is excluded even if justified). Only new
// operators receive shares, respond and finish. With a qualified set Q of
// at least the old threshold t of old operators, new operator i's share is
// sum_{k in Q} l_k * g_k(i), l_k being the Lagrange coefficients at 0 for
// the old indices in Q, and the commitments are interpolated alike
// (tbls.RecoverSecretKey and tbls.RecoverPublicKey do exactly this). The
// result lies on a polynomial of degree t'-1 whose constant is sum l_k s_k,
// the unchanged validator key, which every participant checks against the
// reshared cluster's. No deposit is made. The reshared cluster.json
// records the old cluster's hash in its supersedes field.
//
// # Old shares after a resharing
//
// The new shares lie on a fresh random polynomial, so old and new shares
// do not mix: t-1 new shares and an old one (the replaced operator's, say)
// recover no valid signature, and no number of old shares below t says
// anything about the new ones or the key. With fewer than t old shares an
// old operator, or a coalition of them, can do nothing.
//
// The old polynomial still passes through the same validator key, though:
// t old shares, kept by t old operators, still recover the key and sign
// for the validator, outside the new cluster's consensus and slashing
// protection. The protocol cannot make anyone forget a share. Hence:
//
//   - an operator node deletes its superseded shares: given the reshared
//     cluster.json beside the old one in operator.yaml, it runs only the
//     new cluster and, once its new shares are loaded and checked (or, for
//     an operator that left, once the new cluster is seen to keep every
//     validator), overwrites and removes its old share files (package
//     node);
//   - the owner should reshare away from operators it no longer trusts only
//     while at least t old operators are honest: then the untrusted ones
//     hold fewer than t old shares once the honest ones have deleted
//     theirs, and their old shares are worthless. If t old operators may
//     collude and keep their shares, resharing does not remove their
//     power; exiting the validator does.
//
// For the same reason the old cluster must be stopped on every operator
// before the new one starts: the two do not share consensus, and both may
// be able to reach their thresholds with different kept operators.
//
// Every message is signed by its sender's ed25519 identity key over a
// domain string, the phase, the sender index and the definition hash, so it
// is bound to its sender, ceremony and phase, and the transport's sender
// must match the signed one.
//
// # Safety
//
// Assume at most f operators are faulty, with t > f (the default t = 2f+1,
// and cluster.ValidateThreshold's 2t > n).
//
// Secrecy: the key of validator v is sum_{d in Q} f_{d,v}(0). Q has at
// least t > f dealers, so it contains an honest dealer, whose polynomial is
// uniformly random and whose shares went only to their recipients, sealed.
// A justification reveals shares only of operators that complained; the
// faulty ones can thus learn at most f < t points of an honest dealer's
// polynomial, which say nothing about f(0). The faulty operators together
// hold at most f < t final shares. As with every Joint-Feldman DKG, a
// faulty dealer that sees the honest commitments first can bias the
// distribution of the public key (by choosing whom to make fail); Gennaro
// et al. (2007) show this does not weaken threshold Schnorr or BLS
// signatures, so it does not matter for validator keys.
//
// Correctness: every share used is checked against its dealer's
// commitments, by its recipient (or by everyone, when revealed), so for
// qualified dealers the final shares lie on the polynomial committed by the
// summed commitments, and t of them recover the group key. Two honest
// operators decide Q from the same responses and justifications: the echo
// rules out a dealer that showed different commitments to different
// operators. If a faulty operator still makes their views differ (by
// sending different responses or justifications to different operators,
// or dropping messages to some), their cluster hashes differ and the
// finish phase aborts for everyone: a ceremony never ends with operators
// holding inconsistent outputs. Before anything is written, every partial
// signature is verified and the recovered signatures are checked under the
// group keys, which proves that the shares work.
//
// Liveness is not guaranteed against faulty operators: every operator must
// take part in every phase but the justification phase, so one faulty or
// absent operator can make the ceremony fail (cleanly, naming it), not
// succeed wrongly. A ceremony is cheap to run again without it.
//
// # Design
//
// Ceremony is a state machine without I/O: messages in (Receive), messages
// out (Advance), the phase's end decided by its caller (Ready, or a
// timeout), which makes every Byzantine behaviour above testable in memory.
// Run drives it over package p2p on protocol ProtocolID, resending its
// messages until the peers have moved on, since p2p delivery is best
// effort.
package dkg
