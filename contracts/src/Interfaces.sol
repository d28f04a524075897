// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Ethereum's deposit contract interface (consensus specs, phase 0).
interface IDepositContract {
    /// @notice Emitted for every deposit, with SSZ little-endian amount and index.
    event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index);

    /// @notice Deposits msg.value for the validator `pubkey`; reverts unless
    /// `deposit_data_root` is the SSZ hash tree root of the DepositData.
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable;

    /// @notice The root of the deposit tree mixed in with the deposit count.
    function get_deposit_root() external view returns (bytes32);

    /// @notice The number of deposits, as 8 little-endian bytes.
    function get_deposit_count() external view returns (bytes memory);
}

/// @title What the other contracts need from the operator registry.
interface IOperatorRegistry {
    /// @notice The owner (the operator's account) of operator `id`, zero if none.
    function ownerOf(uint64 id) external view returns (address);
    /// @notice True when operator `id` exists and has not been removed.
    function isActive(uint64 id) external view returns (bool);
    /// @notice True when the DAO has verified operator `id`.
    function isVerified(uint64 id) external view returns (bool);
    /// @notice The ECDSA address that signs operator `id`'s approvals.
    function signerOf(uint64 id) external view returns (address);
}

/// @title What the oracle and the staking pool call on a mini-pool.
interface IMiniPool {
    /// @notice Oracle only: the beacon chain shows (`ok`) or contradicts the
    /// mini-pool's withdrawal credentials for its validator.
    function confirmCredentials(bool ok) external;
    /// @notice Staking pool only: receives the pool's part and tops the validator up to 32 ETH.
    function fund() external payable;
}

/// @title What the oracle and the mini-pools call on the staking pool.
interface IStakingPool {
    /// @notice Oracle only: applies a report agreed by the oracle's quorum.
    function onOracleReport(uint64 epoch, uint256 beaconBalance, uint256 beaconValidators) external;
    /// @notice Receives the pool's share of rewards from a mini-pool.
    function receiveRewards() external payable;
    /// @notice Receives the pool's part of an exited mini-pool's balance; the
    /// mini-pool no longer counts as funded.
    function onMiniPoolExit() external payable;
    /// @notice Mini-pool factory only: puts a confirmed mini-pool in the funding queue.
    function enqueueMiniPool(address miniPool) external;
    /// @notice The number of mini-pools the pool has funded.
    function fundedMiniPools() external view returns (uint256);
    /// @notice Initiators' commission on the pool's part of rewards, in basis points.
    function commissionBps() external view returns (uint256);
    /// @notice ETH the pool puts into each mini-pool.
    function miniPoolPart() external view returns (uint256);
}

/// @title What the oracle calls on the mini-pool factory.
interface IMiniPoolFactory {
    /// @notice True when `miniPool` was created by the factory.
    function isMiniPool(address miniPool) external view returns (bool);
    /// @notice The oracle contract allowed to confirm mini-pools' credentials.
    function oracle() external view returns (address);
}
