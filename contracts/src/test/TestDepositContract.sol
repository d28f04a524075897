// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IDepositContract} from "../Interfaces.sol";

/// @title TestDepositContract: Ethereum's deposit contract interface and checks, for tests.
/// @notice Accepts deposits exactly as the mainnet deposit contract does
/// (at least 1 ETH, a whole number of gwei, 48-byte pubkey, 32-byte
/// credentials, 96-byte signature, and `deposit_data_root` equal to the SSZ
/// hash tree root of the DepositData), keeps the incremental Merkle tree of
/// depth 32, and also records the gwei deposited per public key so tests can
/// read it.
contract TestDepositContract is IDepositContract {
    uint256 private constant TREE_DEPTH = 32;
    uint256 private constant MAX_DEPOSITS = 2 ** TREE_DEPTH - 1;

    bytes32[TREE_DEPTH] private _branch;
    bytes32[TREE_DEPTH] private _zeroHashes;
    uint256 private _count;

    /// @notice Gwei deposited per keccak256(pubkey).
    mapping(bytes32 => uint64) public depositedGwei;

    error BadLength(string field);
    error AmountTooLow();
    error AmountNotGwei();
    error AmountTooHigh();
    error RootMismatch(bytes32 computed, bytes32 given);
    error TreeFull();

    constructor() {
        for (uint256 h = 0; h + 1 < TREE_DEPTH; h++) {
            _zeroHashes[h + 1] = sha256(abi.encodePacked(_zeroHashes[h], _zeroHashes[h]));
        }
    }

    /// @inheritdoc IDepositContract
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable {
        if (pubkey.length != 48) revert BadLength("pubkey");
        if (withdrawal_credentials.length != 32) revert BadLength("withdrawal_credentials");
        if (signature.length != 96) revert BadLength("signature");
        if (msg.value < 1 ether) revert AmountTooLow();
        if (msg.value % 1 gwei != 0) revert AmountNotGwei();
        uint256 gweiAmount = msg.value / 1 gwei;
        if (gweiAmount > type(uint64).max) revert AmountTooHigh();
        bytes memory amount = _le64(uint64(gweiAmount));

        bytes32 computed = dataRoot(pubkey, withdrawal_credentials, amount, signature);
        if (computed != deposit_data_root) revert RootMismatch(computed, deposit_data_root);
        if (_count >= MAX_DEPOSITS) revert TreeFull();

        emit DepositEvent(pubkey, withdrawal_credentials, amount, signature, _le64(uint64(_count)));
        depositedGwei[keccak256(pubkey)] += uint64(gweiAmount);

        _count += 1;
        uint256 size = _count;
        bytes32 node = deposit_data_root;
        for (uint256 h = 0; h < TREE_DEPTH; h++) {
            if (size & 1 == 1) {
                _branch[h] = node;
                return;
            }
            node = sha256(abi.encodePacked(_branch[h], node));
            size /= 2;
        }
    }

    /// @notice The DepositData hash tree root: the two-level Merkle tree of
    /// (hash(pubkey), credentials) and (amount, hash(signature)).
    function dataRoot(bytes calldata pubkey, bytes calldata wc, bytes memory amount, bytes calldata signature)
        public
        pure
        returns (bytes32)
    {
        bytes32 pubkeyRoot = sha256(abi.encodePacked(pubkey, bytes16(0)));
        bytes32 signatureRoot = sha256(
            abi.encodePacked(sha256(signature[:64]), sha256(abi.encodePacked(signature[64:], bytes32(0))))
        );
        return sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pubkeyRoot, wc)), sha256(abi.encodePacked(amount, bytes24(0), signatureRoot))
            )
        );
    }

    /// @inheritdoc IDepositContract
    function get_deposit_root() external view returns (bytes32) {
        bytes32 node;
        uint256 size = _count;
        for (uint256 h = 0; h < TREE_DEPTH; h++) {
            if (size & 1 == 1) node = sha256(abi.encodePacked(_branch[h], node));
            else node = sha256(abi.encodePacked(node, _zeroHashes[h]));
            size /= 2;
        }
        return sha256(abi.encodePacked(node, _le64(uint64(_count)), bytes24(0)));
    }

    /// @inheritdoc IDepositContract
    function get_deposit_count() external view returns (bytes memory) {
        return _le64(uint64(_count));
    }

    function _le64(uint64 v) private pure returns (bytes memory out) {
        out = new bytes(8);
        for (uint256 i = 0; i < 8; i++) {
            out[i] = bytes1(uint8(v >> (8 * i)));
        }
    }
}
