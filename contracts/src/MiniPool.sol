// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IDepositContract, IMiniPool, IMiniPoolFactory, IOperatorRegistry, IStakingPool} from "./Interfaces.sol";

/// @title MiniPool: one stage-2 validator, bonded by its initiator, funded by the pool.
/// @notice Created by MiniPoolFactory (an EIP-1167 clone of one
/// implementation) with the initiator's bond. Lifecycle:
/// AwaitingDKG -> (initiator submits the DKG result approved by all four
/// operators; 1 ETH of the bond goes to the deposit contract) PreDeposited ->
/// (the oracle sees the validator on the beacon chain with this contract's
/// withdrawal credentials) Confirmed, queued at the staking pool -> (the pool
/// sends its part, 32 ETH - bond; the remaining bond and that part, 31 ETH,
/// top the validator up) Staking. If the oracle finds other credentials (a front-run
/// deposit), the mini-pool is Failed and the initiator may take the bond back.
/// The contract is the validator's withdrawal address (0x01 credentials);
/// ETH it receives while Staking below the bond is rewards, split between the
/// pool, the initiator and the other operators (the commission); a balance of the bond or more is the exited
/// validator's, returned to the pool by distributeExit (then Exited).
/// @dev Operator approvals are EIP-712 signatures by each operator's
/// registered signer over DKGResult (see DKG_RESULT_TYPEHASH); the mini-pool
/// checks all four (any of them could otherwise be left out of the key).
contract MiniPool is IMiniPool, EIP712, ReentrancyGuard {
    enum State {
        AwaitingDKG,
        PreDeposited,
        Confirmed,
        Staking,
        Failed,
        Exited
    }

    uint256 public constant PRE_DEPOSIT = 1 ether;
    uint256 public constant VALIDATOR_BALANCE = 32 ether;
    uint256 public constant COMMITTEE_SIZE = 4;
    uint256 public constant THRESHOLD = 3;
    /// @notice How long the oracle has to confirm the credentials after the pre-deposit.
    uint256 public constant CONFIRMATION_TIMEOUT = 14 days;

    bytes32 public constant DKG_RESULT_TYPEHASH = keccak256(
        "DKGResult(address miniPool,bytes32 pubkeyHash,bytes32 publicSharesHash,bytes32 withdrawalCredentials,bytes32 depositDataRoot,bytes32 topUpDataRoot)"
    );

    /// @notice The factory that made the implementation and initializes its clones.
    address public immutable factory;
    IOperatorRegistry public immutable operators;
    IDepositContract public immutable depositContract;
    IStakingPool public immutable stakingPool;
    /// @notice The initiator's bond in wei.
    uint256 public immutable bond;
    /// @notice The initiator's commission on the pool's part of rewards, in basis points.
    uint256 public immutable commissionBps;

    /// @notice The initiator: the account that bonded and submits the DKG result.
    address public initiator;
    uint64[4] private _operatorIds;
    State public state;
    bytes public pubkey;
    bytes private _topUpSignature;
    bytes32 private _topUpDataRoot;
    /// @notice Rewards owed to the initiator, claimed with claimInitiatorRewards().
    uint256 public initiatorRewards;
    uint256[4] private _operatorRewards;
    uint256 private _operatorRewardsTotal;
    /// @notice When the 1 ETH pre-deposit was made.
    uint64 public preDepositedAt;

    event DKGResultSubmitted(bytes pubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot);
    event PreDeposited(bytes pubkey, uint256 amount);
    event CredentialsChecked(bool ok);
    event Staked(bytes pubkey, uint256 amount);
    event RewardsDistributed(uint256 poolShare, uint256 initiatorShare);
    event ExitRequested(bytes pubkey, uint64[4] operatorIds);
    event ExitDistributed(uint256 poolShare, uint256 initiatorShare);
    event BondWithdrawn(address indexed to, uint256 amount);
    event Dissolved();

    error WrongState(State current, State expected);
    error NotFactory(address caller);
    error AlreadyInitialized();
    error NotInitiator(address caller);
    error NotOperatorOwner(uint64 operatorId);
    error NotOracle(address caller);
    error NotStakingPool(address caller);
    error InvalidResult();
    error InvalidApproval(uint64 operatorId);
    error WrongAmount(uint256 amount, uint256 expected);
    error NotRewards(uint256 balance);
    error NotExit(uint256 balance);
    error TooEarly(uint256 at);
    error EtherTransferFailed();

    /// @dev Deployed once by the factory as the implementation of every
    /// mini-pool (EIP-1167 clones); these parameters are shared by all clones.
    constructor(
        IOperatorRegistry registry,
        IDepositContract depositContract_,
        IStakingPool pool,
        uint256 bond_,
        uint256 commission
    ) EIP712("KeyStake MiniPool", "1") {
        factory = msg.sender;
        operators = registry;
        depositContract = depositContract_;
        stakingPool = pool;
        bond = bond_;
        commissionBps = commission;
    }

    /// @notice Factory only, once per clone: records the initiator and the
    /// committee; msg.value must be the bond.
    function initialize(address initiator_, uint64[4] calldata committee) external payable {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        if (initiator != address(0)) revert AlreadyInitialized();
        if (msg.value != bond) revert WrongAmount(msg.value, bond);
        initiator = initiator_;
        _operatorIds = committee;
    }

    /// @notice The oracle contract allowed to confirm credentials (the factory's).
    function oracle() public view returns (address) {
        return IMiniPoolFactory(factory).oracle();
    }

    modifier inState(State s) {
        if (state != s) revert WrongState(state, s);
        _;
    }

    /// @notice This contract's 0x01 withdrawal credentials.
    function withdrawalCredentials() public view returns (bytes32) {
        return bytes32(uint256(uint160(address(this))) | (uint256(1) << 248));
    }

    /// @notice The committee: the initiator's operator first.
    function operatorIds() external view returns (uint64[4] memory) {
        return _operatorIds;
    }

    /// @notice The EIP-712 digest each operator's signer signs to approve a DKG result.
    function dkgResultDigest(
        bytes calldata validatorPubkey,
        bytes calldata publicShares,
        bytes32 depositDataRoot,
        bytes32 topUpDataRoot
    ) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    DKG_RESULT_TYPEHASH,
                    address(this),
                    keccak256(validatorPubkey),
                    keccak256(publicShares),
                    withdrawalCredentials(),
                    depositDataRoot,
                    topUpDataRoot
                )
            )
        );
    }

    /// @notice Initiator only: records the DKG result and deposits 1 ETH of the bond.
    /// @param validatorPubkey The group public key (48 bytes).
    /// @param publicShares The four public shares, 48 bytes each, in committee order.
    /// @param depositSignature The validator's signature over the 1 ETH DepositMessage.
    /// @param depositDataRoot The 1 ETH DepositData root (checked by the deposit contract).
    /// @param topUpSignature The validator's signature over the 31 ETH DepositMessage.
    /// @param topUpDataRoot The 31 ETH DepositData root, used when the pool funds the mini-pool.
    /// @param approvals The four operators' signers' 65-byte signatures over dkgResultDigest.
    function submitDKGResult(
        bytes calldata validatorPubkey,
        bytes calldata publicShares,
        bytes calldata depositSignature,
        bytes32 depositDataRoot,
        bytes calldata topUpSignature,
        bytes32 topUpDataRoot,
        bytes[] calldata approvals
    ) external nonReentrant inState(State.AwaitingDKG) {
        if (msg.sender != initiator) revert NotInitiator(msg.sender);
        if (
            validatorPubkey.length != 48 || publicShares.length != 48 * COMMITTEE_SIZE || topUpSignature.length != 96
                || approvals.length != COMMITTEE_SIZE
        ) revert InvalidResult();
        _checkApprovals(dkgResultDigest(validatorPubkey, publicShares, depositDataRoot, topUpDataRoot), approvals);
        pubkey = validatorPubkey;
        _topUpSignature = topUpSignature;
        _topUpDataRoot = topUpDataRoot;
        state = State.PreDeposited;
        preDepositedAt = uint64(block.timestamp);
        emit DKGResultSubmitted(validatorPubkey, publicShares, depositDataRoot, topUpDataRoot);
        _deposit(validatorPubkey, depositSignature, depositDataRoot, PRE_DEPOSIT);
        emit PreDeposited(validatorPubkey, PRE_DEPOSIT);
    }

    /// @inheritdoc IMiniPool
    function confirmCredentials(bool ok) external inState(State.PreDeposited) {
        if (msg.sender != oracle()) revert NotOracle(msg.sender);
        emit CredentialsChecked(ok);
        if (!ok) {
            state = State.Failed;
            return;
        }
        state = State.Confirmed;
        stakingPool.enqueueMiniPool(address(this));
    }

    /// @notice Anyone, CONFIRMATION_TIMEOUT after the pre-deposit without the
    /// oracle's verdict: the mini-pool Fails, the pool never funds it, and the
    /// initiator may take back what is left of the bond (the 1 ETH deposit
    /// stays with the validator).
    function dissolve() external inState(State.PreDeposited) {
        uint256 at = preDepositedAt + CONFIRMATION_TIMEOUT;
        if (block.timestamp < at) revert TooEarly(at);
        state = State.Failed;
        emit Dissolved();
    }

    /// @inheritdoc IMiniPool
    function fund() external payable nonReentrant inState(State.Confirmed) {
        if (msg.sender != address(stakingPool)) revert NotStakingPool(msg.sender);
        if (msg.value != VALIDATOR_BALANCE - bond) revert WrongAmount(msg.value, VALIDATOR_BALANCE - bond);
        uint256 topUp = VALIDATOR_BALANCE - PRE_DEPOSIT;
        state = State.Staking;
        _deposit(pubkey, _topUpSignature, _topUpDataRoot, topUp);
        emit Staked(pubkey, VALIDATOR_BALANCE);
    }

    /// @notice Anyone: splits the ETH received while Staking (beacon-chain
    /// reward withdrawals, and execution rewards sent here). The pool gets
    /// its part, (32 - bond)/32 of it, less the commission on that part; half
    /// the commission goes to the three other operators in equal shares and
    /// the initiator gets the rest. A balance of the bond or more is taken
    /// for an exit and not distributed here.
    function distributeRewards() external nonReentrant inState(State.Staking) {
        uint256 amount = address(this).balance - _owed();
        if (amount == 0 || amount >= bond) revert NotRewards(amount);
        uint256 poolGross = (amount * (VALIDATOR_BALANCE - bond)) / VALIDATOR_BALANCE;
        uint256 commission = (poolGross * commissionBps) / 10_000;
        uint256 poolShare = poolGross - commission;
        _credit(amount - poolGross, commission);
        emit RewardsDistributed(poolShare, amount - poolShare);
        stakingPool.receiveRewards{value: poolShare}();
    }

    /// @notice Anyone, once the validator has exited and its balance was
    /// withdrawn here (a balance of at least the bond while Staking): the
    /// pool gets its part back plus its share of any gain above 32 ETH less
    /// the commission (shared as in distributeRewards); a loss is taken from
    /// the bond first, so the pool gets at most its part and all of a balance
    /// below it. The initiator gets the rest. The mini-pool ends Exited.
    function distributeExit() external nonReentrant inState(State.Staking) {
        uint256 amount = address(this).balance - _owed();
        if (amount < bond) revert NotExit(amount);
        uint256 part = VALIDATOR_BALANCE - bond;
        uint256 poolShare;
        uint256 commission;
        if (amount >= VALIDATOR_BALANCE) {
            uint256 gain = ((amount - VALIDATOR_BALANCE) * part) / VALIDATOR_BALANCE;
            commission = (gain * commissionBps) / 10_000;
            poolShare = part + gain - commission;
        } else {
            poolShare = amount < part ? amount : part;
        }
        state = State.Exited;
        _credit(amount - poolShare - commission, commission);
        emit ExitDistributed(poolShare, amount - poolShare);
        stakingPool.onMiniPoolExit{value: poolShare}();
    }

    /// @notice Initiator only: takes its rewards.
    function claimInitiatorRewards() external nonReentrant {
        if (msg.sender != initiator) revert NotInitiator(msg.sender);
        uint256 amount = initiatorRewards;
        initiatorRewards = 0;
        _send(initiator, amount);
    }

    /// @notice The owner of committee member `index` (1..3, the operators
    /// other than the initiator's) takes that operator's commission share.
    function claimOperatorRewards(uint256 index) external nonReentrant {
        if (index == 0 || index >= COMMITTEE_SIZE) revert InvalidResult();
        uint64 id = _operatorIds[index];
        if (msg.sender != operators.ownerOf(id)) revert NotOperatorOwner(id);
        uint256 amount = _operatorRewards[index];
        _operatorRewards[index] = 0;
        _operatorRewardsTotal -= amount;
        _send(msg.sender, amount);
    }

    /// @notice The unclaimed commission share of committee member `index` (1..3).
    function operatorRewards(uint256 index) external view returns (uint256) {
        return _operatorRewards[index];
    }

    /// @notice Initiator only, once the mini-pool Failed: takes back what is left of the bond.
    function withdrawBond() external nonReentrant inState(State.Failed) {
        if (msg.sender != initiator) revert NotInitiator(msg.sender);
        uint256 amount = address(this).balance;
        emit BondWithdrawn(initiator, amount);
        _send(initiator, amount);
    }

    /// @notice Initiator only, while Staking: asks the committee to exit the validator.
    function requestExit() external inState(State.Staking) {
        if (msg.sender != initiator) revert NotInitiator(msg.sender);
        emit ExitRequested(pubkey, _operatorIds);
    }

    /// @notice Accepts withdrawals and rewards.
    receive() external payable {}

    function _checkApprovals(bytes32 digest, bytes[] calldata approvals) private view {
        for (uint256 i = 0; i < COMMITTEE_SIZE; i++) {
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, approvals[i]);
            if (err != ECDSA.RecoverError.NoError || signer != operators.signerOf(_operatorIds[i])) {
                revert InvalidApproval(_operatorIds[i]);
            }
        }
    }

    function _deposit(bytes memory key, bytes memory signature, bytes32 root, uint256 amount) private {
        depositContract.deposit{value: amount}(key, abi.encodePacked(withdrawalCredentials()), signature, root);
    }

    /// @dev Credits the initiator with `initiatorBase` and the commission
    /// less the three other operators' half of it.
    function _credit(uint256 initiatorBase, uint256 commission) private {
        uint256 each = commission / 2 / 3;
        for (uint256 i = 1; i < COMMITTEE_SIZE; i++) {
            _operatorRewards[i] += each;
        }
        _operatorRewardsTotal += 3 * each;
        initiatorRewards += initiatorBase + commission - 3 * each;
    }

    /// @dev ETH held for the initiator and the operators, not to distribute.
    function _owed() private view returns (uint256) {
        return initiatorRewards + _operatorRewardsTotal;
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert EtherTransferFailed();
    }
}
