// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IMiniPool, IMiniPoolFactory, IStakingPool} from "./Interfaces.sol";

/// @title Oracle: a quorum of members reports the beacon chain to the pool.
/// @notice For an epoch after the last applied one, each member submits the
/// total beacon balance and count of the pool's funded validators and the
/// credential checks of pre-deposited mini-pools. A report is applied when
/// `quorum` members submitted identical data for the epoch; each member has
/// one vote per epoch. Before applying, the balance change is bounded: after
/// adding 32 ETH per new validator (or removing 32 ETH per validator gone),
/// the balance may grow by at most `maxAprBps` per year pro rata of the
/// epochs elapsed, and fall by at most `maxDecreaseBps` per report, both as
/// fractions of the larger of that expected balance and the last one.
contract Oracle is AccessControl {
    bytes32 public constant MANAGER_ROLE = keccak256("MANAGER_ROLE");

    uint256 public constant SECONDS_PER_EPOCH = 384;
    uint256 public constant VALIDATOR_BALANCE = 32 ether;
    uint256 public constant YEAR = 365 days;

    IStakingPool public immutable stakingPool;
    IMiniPoolFactory public immutable factory;

    /// @notice True for the oracle's members.
    mapping(address => bool) public isMember;
    uint256 public quorum;
    uint256 public memberCount;
    uint256 public maxAprBps;
    uint256 public maxDecreaseBps;

    /// @notice The last applied report.
    uint64 public lastEpoch;
    uint256 public lastBalance;
    uint256 public lastValidators;

    mapping(uint64 => mapping(address => bool)) public voted;
    mapping(uint64 => mapping(bytes32 => uint256)) public votes;

    event ReportSubmitted(uint64 indexed epoch, address indexed member, bytes32 reportHash, uint256 votes);
    event ReportApplied(uint64 indexed epoch, bytes32 reportHash, uint256 beaconBalance, uint256 beaconValidators);
    event MemberAdded(address indexed member);
    event MemberRemoved(address indexed member);
    event QuorumChanged(uint256 quorum);
    event BoundsChanged(uint256 maxAprBps, uint256 maxDecreaseBps);

    error NotMember(address caller);
    error StaleEpoch(uint64 epoch, uint64 last);
    error AlreadyVoted(uint64 epoch, address member);
    error InvalidQuorum(uint256 quorum, uint256 members);
    error LengthMismatch();
    error NotMiniPool(address miniPool);
    error IncreaseTooLarge(uint256 increase, uint256 max);
    error DecreaseTooLarge(uint256 decrease, uint256 max);

    /// @param startEpoch Reports must be for later epochs; elapsed time for the first report counts from it.
    /// @param admin Receives DEFAULT_ADMIN_ROLE and MANAGER_ROLE.
    constructor(
        IStakingPool pool,
        IMiniPoolFactory factory_,
        uint64 startEpoch,
        uint256 maxApr,
        uint256 maxDecrease,
        address admin
    ) {
        stakingPool = pool;
        factory = factory_;
        lastEpoch = startEpoch;
        maxAprBps = maxApr;
        maxDecreaseBps = maxDecrease;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MANAGER_ROLE, admin);
    }

    // ---- Membership and parameters (MANAGER_ROLE) ----

    /// @notice Adds `member` and sets the quorum, which must exceed half the members.
    function addMember(address member, uint256 newQuorum) external onlyRole(MANAGER_ROLE) {
        if (!isMember[member]) {
            isMember[member] = true;
            memberCount++;
            emit MemberAdded(member);
        }
        _setQuorum(newQuorum);
    }

    /// @notice Removes `member` and sets the quorum, which must exceed half the members.
    function removeMember(address member, uint256 newQuorum) external onlyRole(MANAGER_ROLE) {
        if (isMember[member]) {
            isMember[member] = false;
            memberCount--;
            emit MemberRemoved(member);
        }
        _setQuorum(newQuorum);
    }

    /// @notice Sets the sanity bounds.
    function setBounds(uint256 maxApr, uint256 maxDecrease) external onlyRole(MANAGER_ROLE) {
        maxAprBps = maxApr;
        maxDecreaseBps = maxDecrease;
        emit BoundsChanged(maxApr, maxDecrease);
    }

    // ---- Reports ----

    /// @notice A member's report for `epoch`: the pool validators' total
    /// beacon balance (wei) and count, and for each of `miniPools` whether its
    /// validator carries the mini-pool's withdrawal credentials.
    /// @dev The call that reaches the quorum applies the report and reverts
    /// if it breaks the bounds (the votes stay; the epoch can then never be
    /// applied and members report a later one).
    function submitReport(
        uint64 epoch,
        uint256 beaconBalance,
        uint256 beaconValidators,
        address[] calldata miniPools,
        bool[] calldata credentialsOk
    ) external {
        if (!isMember[msg.sender]) revert NotMember(msg.sender);
        if (epoch <= lastEpoch) revert StaleEpoch(epoch, lastEpoch);
        if (miniPools.length != credentialsOk.length) revert LengthMismatch();
        if (voted[epoch][msg.sender]) revert AlreadyVoted(epoch, msg.sender);
        voted[epoch][msg.sender] = true;
        bytes32 h = keccak256(abi.encode(epoch, beaconBalance, beaconValidators, miniPools, credentialsOk));
        uint256 n = ++votes[epoch][h];
        emit ReportSubmitted(epoch, msg.sender, h, n);
        if (n != quorum) return;

        checkBounds(epoch, beaconBalance, beaconValidators);
        lastEpoch = epoch;
        lastBalance = beaconBalance;
        lastValidators = beaconValidators;
        emit ReportApplied(epoch, h, beaconBalance, beaconValidators);
        stakingPool.onOracleReport(epoch, beaconBalance, beaconValidators);
        for (uint256 i = 0; i < miniPools.length; i++) {
            if (!factory.isMiniPool(miniPools[i])) revert NotMiniPool(miniPools[i]);
            IMiniPool(miniPools[i]).confirmCredentials(credentialsOk[i]);
        }
    }

    /// @notice Reverts with IncreaseTooLarge or DecreaseTooLarge if a report
    /// for `epoch` of `balance` over `validators` breaks the bounds.
    function checkBounds(uint64 epoch, uint256 balance, uint256 validators) public view {
        uint256 expected = lastBalance;
        if (validators >= lastValidators) {
            expected += VALIDATOR_BALANCE * (validators - lastValidators);
        } else {
            uint256 gone = VALIDATOR_BALANCE * (lastValidators - validators);
            expected = expected > gone ? expected - gone : 0;
        }
        // Bounds are fractions of the larger of the expected and the last
        // balance, so that exits (which take whole balances away) leave room.
        uint256 base = expected > lastBalance ? expected : lastBalance;
        if (balance >= expected) {
            uint256 elapsed = uint256(epoch - lastEpoch) * SECONDS_PER_EPOCH;
            uint256 max = (base * maxAprBps * elapsed) / (10_000 * YEAR);
            if (balance - expected > max) revert IncreaseTooLarge(balance - expected, max);
        } else {
            uint256 max = (base * maxDecreaseBps) / 10_000;
            if (expected - balance > max) revert DecreaseTooLarge(expected - balance, max);
        }
    }

    function _setQuorum(uint256 q) private {
        if (q == 0 || q > memberCount || q * 2 <= memberCount) revert InvalidQuorum(q, memberCount);
        quorum = q;
        emit QuorumChanged(q);
    }
}
