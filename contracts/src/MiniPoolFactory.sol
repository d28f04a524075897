// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {MiniPool} from "./MiniPool.sol";
import {IDepositContract, IMiniPoolFactory, IOperatorRegistry, IStakingPool} from "./Interfaces.sol";

/// @title MiniPoolFactory: creates stage-2 mini-pools and asks their committees for a key.
/// @notice An operator's owner (the initiator) bonds exactly `bond` ETH and
/// picks three other active operators, at least `minVerified` of them
/// DAO-verified. The factory deploys the MiniPool (an EIP-1167 clone of
/// `implementation`), which holds the bond, and
/// emits DKGRequested: the four operators' nodes run the DKG for a 3-of-4 key
/// whose withdrawal credentials are the mini-pool's.
contract MiniPoolFactory is IMiniPoolFactory, Ownable, ReentrancyGuard {
    IOperatorRegistry public immutable operators;
    IDepositContract public immutable depositContract;
    IStakingPool public immutable stakingPool;
    /// @notice ETH the initiator bonds (8 ETH on mainnet); with the pool's part, 32 ETH.
    uint256 public immutable bond;
    /// @notice Initiators' commission on the pool's part of rewards, in basis points (the pool's).
    uint256 public immutable commissionBps;
    /// @notice How many of the three chosen operators must be DAO-verified.
    uint256 public immutable minVerified;
    /// @notice The MiniPool every mini-pool is a clone of.
    address public immutable implementation;
    /// @notice The oracle contract allowed to confirm credentials (set once).
    address public oracle;

    mapping(address => bool) public isMiniPool;
    address[] public miniPools;

    event MiniPoolCreated(address indexed miniPool, uint64 indexed initiatorOperatorId, address indexed initiator);
    /// @notice The committee `operatorIds` must run a DKG for a `threshold`-of-4
    /// key with `withdrawalCredentials`, and return the result to `miniPool`.
    event DKGRequested(address indexed miniPool, uint64[4] operatorIds, uint256 threshold, bytes32 withdrawalCredentials);

    error WrongBond(uint256 sent, uint256 bond);
    error NotOperatorOwner(uint64 id);
    error OperatorNotActive(uint64 id);
    error DuplicateOperator(uint64 id);
    error NotEnoughVerified(uint256 verified, uint256 required);
    error OracleAlreadySet();
    error OracleNotSet();

    constructor(
        IOperatorRegistry registry,
        IDepositContract depositContract_,
        IStakingPool pool,
        uint256 bond_,
        uint256 minVerified_,
        address owner_
    ) Ownable(owner_) {
        require(bond_ > 1 ether && bond_ + pool.miniPoolPart() == 32 ether && minVerified_ <= 3);
        operators = registry;
        depositContract = depositContract_;
        stakingPool = pool;
        bond = bond_;
        commissionBps = pool.commissionBps();
        minVerified = minVerified_;
        implementation = address(new MiniPool(registry, depositContract_, pool, bond_, commissionBps));
    }

    /// @notice Owner only, once: sets the oracle contract.
    function setOracle(address oracle_) external onlyOwner {
        if (oracle != address(0)) revert OracleAlreadySet();
        oracle = oracle_;
    }

    /// @notice Creates a mini-pool with msg.value == bond for the initiator
    /// operator `initiatorId` (msg.sender must own it) and `others`.
    function createMiniPool(uint64 initiatorId, uint64[3] calldata others)
        external
        payable
        nonReentrant
        returns (address miniPool)
    {
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        if (oracle == address(0)) revert OracleNotSet();
        if (operators.ownerOf(initiatorId) != msg.sender) revert NotOperatorOwner(initiatorId);
        if (!operators.isActive(initiatorId)) revert OperatorNotActive(initiatorId);
        uint64[4] memory ids = [initiatorId, others[0], others[1], others[2]];
        uint256 verified;
        for (uint256 i = 1; i < 4; i++) {
            if (!operators.isActive(ids[i])) revert OperatorNotActive(ids[i]);
            for (uint256 j = 0; j < i; j++) {
                if (ids[j] == ids[i]) revert DuplicateOperator(ids[i]);
            }
            if (operators.isVerified(ids[i])) verified++;
        }
        if (verified < minVerified) revert NotEnoughVerified(verified, minVerified);

        miniPool = Clones.clone(implementation);
        MiniPool mp = MiniPool(payable(miniPool));
        mp.initialize{value: msg.value}(msg.sender, ids);
        isMiniPool[miniPool] = true;
        miniPools.push(miniPool);
        emit MiniPoolCreated(miniPool, initiatorId, msg.sender);
        emit DKGRequested(miniPool, ids, mp.THRESHOLD(), mp.withdrawalCredentials());
    }

    /// @notice The number of mini-pools created.
    function miniPoolCount() external view returns (uint256) {
        return miniPools.length;
    }
}
